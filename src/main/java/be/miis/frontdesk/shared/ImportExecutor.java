package be.miis.frontdesk.shared;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Component;

/**
 * Where the CSV imports run: in the background for the screens, which show the progress from the database while
 * the file is worked through, or at once for the APIs, whose scripts wait for the report (docs/imports.md).
 */
@Component
public class ImportExecutor {

    private final TaskExecutor executor;

    ImportExecutor(@Qualifier("applicationTaskExecutor") TaskExecutor executor) {
        this.executor = executor;
    }

    public void run(boolean background, Runnable run) {
        if (background) {
            executor.execute(run);
        } else {
            run.run();
        }
    }
}

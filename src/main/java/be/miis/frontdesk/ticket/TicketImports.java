package be.miis.frontdesk.ticket;

import be.miis.frontdesk.shared.ImportExecutor;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * The module API of the ticket history import (docs/imports.md): start an import of a CSV file in the background
 * or run it at once, and read its report, from the database, so any instance shows the progress.
 */
@Service
public class TicketImports {

    private static final int RECENT_IMPORTS = 20;

    private final TicketImportJobs jobs;
    private final TicketImporter importer;
    private final ImportExecutor executor;
    private final Clock clock;

    TicketImports(TicketImportJobs jobs, TicketImporter importer, ImportExecutor executor, Clock clock) {
        this.jobs = jobs;
        this.importer = importer;
        this.executor = executor;
        this.clock = clock;
    }

    /**
     * Starts importing ticket history from a CSV file in the background and returns the import's id, whose report
     * shows the progress. Every line is checked first; with a bad line nothing is imported unless
     * {@code skipInvalid}. The file is deleted when the import is over.
     */
    public long startImport(String fileName, Path file, boolean skipInvalid, String actor) {
        return start(fileName, file, skipInvalid, actor, true);
    }

    /** Imports ticket history from a CSV file now and returns the report (for the API: scripts wait for it). */
    public TicketImportReport importNow(String fileName, Path file, boolean skipInvalid, String actor) {
        return findImport(start(fileName, file, skipInvalid, actor, false));
    }

    private long start(String fileName, Path file, boolean skipInvalid, String actor, boolean background) {
        long id = jobs.create(fileName, skipInvalid, actor, clock.instant());
        executor.run(background, () -> importer.run(id, file, skipInvalid, actor));
        return id;
    }

    public TicketImportReport findImport(long importId) {
        return jobs.find(importId).orElseThrow(() -> TicketImportNotFoundException.forId(importId));
    }

    public List<TicketImportReport> recentImports() {
        return jobs.recent(RECENT_IMPORTS);
    }
}

package be.miis.frontdesk.organisation;

import be.miis.frontdesk.shared.ImportExecutor;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Component;

/** Starts import runs, in the background for the screens (with progress) or at once for the API. */
@Component
class ImportRuns {

    private final ImportJobs jobs;
    private final OrganisationImporter importer;
    private final ImportExecutor executor;
    private final Clock clock;

    ImportRuns(ImportJobs jobs, OrganisationImporter importer, ImportExecutor executor, Clock clock) {
        this.jobs = jobs;
        this.importer = importer;
        this.executor = executor;
        this.clock = clock;
    }

    long start(ImportKind kind, String fileName, byte[] content, boolean dryRun, String actor, boolean background) {
        long id = jobs.create(kind, dryRun, fileName, content, actor, clock.instant());
        executor.run(background, () -> importer.run(id, kind, dryRun));
        return id;
    }

    long repeatForReal(long importId, String actor) {
        ImportReport dryRun = report(importId);
        return start(dryRun.kind(), dryRun.fileName(), jobs.content(importId), false, actor, true);
    }

    ImportReport report(long importId) {
        return jobs.find(importId).orElseThrow(() -> ImportNotFoundException.forId(importId));
    }

    List<ImportReport> recent(int limit) {
        return jobs.recent(limit);
    }
}

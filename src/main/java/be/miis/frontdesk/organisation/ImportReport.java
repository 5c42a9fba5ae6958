package be.miis.frontdesk.organisation;

import be.miis.frontdesk.shared.ImportProblem;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An import as far as it got: progress while it runs, then what it created, updated, left alone or refused, and
 * field by field what it changed (or, in a dry run, would change) in existing records.
 */
public record ImportReport(
        long id,
        ImportKind kind,
        boolean dryRun,
        String fileName,
        ImportStatus status,
        int totalLines,
        int processedLines,
        int created,
        int updated,
        int unchanged,
        List<ImportProblem> problems,
        List<ImportChange> changes,
        Instant startedAt,
        @Nullable Instant finishedAt) {

    public ImportReport {
        problems = List.copyOf(problems);
        changes = List.copyOf(changes);
    }

    /** The same import with these problems and changes. */
    ImportReport withDetails(List<ImportProblem> foundProblems, List<ImportChange> foundChanges) {
        return new ImportReport(
                id,
                kind,
                dryRun,
                fileName,
                status,
                totalLines,
                processedLines,
                created,
                updated,
                unchanged,
                foundProblems,
                foundChanges,
                startedAt,
                finishedAt);
    }

    /** Whether more fields changed than the report keeps (OrganisationImporter.MAX_CHANGES). */
    public boolean changesTruncated() {
        return changes.size() >= OrganisationImporter.MAX_CHANGES;
    }

    public boolean running() {
        return status == ImportStatus.RUNNING;
    }

    /** Progress in whole percent; an empty file is done at once. */
    public int percent() {
        return totalLines == 0 ? (running() ? 0 : 100) : Math.min(100, processedLines * 100 / totalLines);
    }

    /** The number of distinct lines refused (a line can have problems in several columns). */
    public long refusedLines() {
        return problems.stream().mapToInt(ImportProblem::line).distinct().count();
    }
}

package be.miis.frontdesk.organisation;

import be.miis.frontdesk.shared.ImportProblem;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An import as far as it got: progress while it runs, then what it created, updated, left alone or refused, and
 * field by field what it changed (or, in a dry run, would change) in existing records. {@code problems} lists at
 * most {@link #MAX_PROBLEMS} of them; {@code problemCount} and {@code refusedLines} count them all.
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
        int problemCount,
        int refusedLines,
        List<ImportChange> changes,
        Instant startedAt,
        @Nullable Instant finishedAt) {

    /** As many as the ticket import lists: enough to see what is wrong with a file, not a copy of a broken one. */
    public static final int MAX_PROBLEMS = 10_000;

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
                problemCount,
                refusedLines,
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

    /** More problems than the report lists. */
    public boolean problemsTruncated() {
        return problemCount > problems.size();
    }

    /** The problems the report does not list. */
    public int problemsNotListed() {
        return Math.max(0, problemCount - problems.size());
    }
}

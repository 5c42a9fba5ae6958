package be.miis.frontdesk.ticket;

import be.miis.frontdesk.shared.ImportProblem;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A ticket import as far as it got: while it runs, its phase (checking every line, then importing) and progress;
 * then how many tickets it imported, how many references were already present (left unchanged) and which lines it
 * refused and why. {@code problems} holds at most {@link #MAX_PROBLEMS} entries; {@code rejected} counts them all.
 */
public record TicketImportReport(
        long id,
        String fileName,
        boolean skipInvalid,
        TicketImportStatus status,
        Phase phase,
        int percent,
        int totalLines,
        int processedLines,
        int imported,
        int unchanged,
        int rejected,
        List<ImportProblem> problems,
        Instant startedAt,
        @Nullable Instant finishedAt) {

    public static final int MAX_PROBLEMS = 10_000;

    /** Every line is checked before the first one is written. */
    public enum Phase {
        CHECKING,
        IMPORTING
    }

    public TicketImportReport {
        problems = List.copyOf(problems);
    }

    public boolean running() {
        return status == TicketImportStatus.RUNNING;
    }

    /** More refused lines than the report lists. */
    /** The same import with these problems. */
    TicketImportReport withProblems(List<ImportProblem> found) {
        return new TicketImportReport(
                id,
                fileName,
                skipInvalid,
                status,
                phase,
                percent,
                totalLines,
                processedLines,
                imported,
                unchanged,
                rejected,
                found,
                startedAt,
                finishedAt);
    }

    public boolean problemsTruncated() {
        return problems.size() >= MAX_PROBLEMS;
    }
}

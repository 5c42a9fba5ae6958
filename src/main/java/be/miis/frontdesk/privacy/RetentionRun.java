package be.miis.frontdesk.privacy;

import java.time.Instant;
import java.util.List;

/**
 * One run as the log keeps it: what it counted (a dry run) or did (a real run) per rule, who started it, when.
 *
 * @param startedBy the user who started it, or {@link RetentionService#SCHEDULER} for the nightly run
 * @param ticketReferences the first {@link RetentionService#SAMPLE} tickets concerned, the longest finished first
 */
public record RetentionRun(
        long id,
        boolean dryRun,
        String startedBy,
        Instant startedAt,
        Instant finishedAt,
        RetentionRules.Cutoffs cutoffs,
        long tickets,
        long auditEntries,
        long quarantinedMails,
        long outboxMails,
        List<String> ticketReferences) {

    public RetentionRun {
        ticketReferences = List.copyOf(ticketReferences);
    }

    /** Whether the run concerned more tickets than {@link #ticketReferences} lists. */
    public boolean moreTickets() {
        return tickets > ticketReferences.size();
    }
}

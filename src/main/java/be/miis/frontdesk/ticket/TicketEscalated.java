package be.miis.frontdesk.ticket;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A question went to the backoffice. The escalation module puts it in the queue asked for, or else in the queue of
 * its domain (the complaints queue for a complaint), with a deadline counted from {@code receivedAt}.
 */
public record TicketEscalated(
        long ticketId,
        String reference,
        String domainCode,
        TicketType type,
        Instant receivedAt,
        @Nullable Long queueId,
        EscalationPriority priority,
        String escalatedBy,
        Instant escalatedAt) {}

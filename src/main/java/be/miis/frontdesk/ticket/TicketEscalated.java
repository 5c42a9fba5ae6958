package be.miis.frontdesk.ticket;

import java.time.Instant;

/**
 * A question went to the backoffice. The escalation module puts it in the queue of its domain (or the complaints
 * queue) with a deadline counted from {@code receivedAt}.
 */
public record TicketEscalated(
        long ticketId,
        String reference,
        String domainCode,
        TicketType type,
        Instant receivedAt,
        String escalatedBy,
        Instant escalatedAt) {}

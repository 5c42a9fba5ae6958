package be.miis.frontdesk.ticket;

import java.time.Instant;

/**
 * A question went to the backoffice: the escalation module accepted the hand-off ({@link EscalationDesk}) and
 * filed it in queue {@code queueId}. A fact for listeners after the commit; the filing itself is not done by
 * listening to this event.
 */
public record TicketEscalated(
        long ticketId,
        String reference,
        String domainCode,
        TicketType type,
        Instant receivedAt,
        long queueId,
        EscalationPriority priority,
        String escalatedBy,
        Instant escalatedAt) {}

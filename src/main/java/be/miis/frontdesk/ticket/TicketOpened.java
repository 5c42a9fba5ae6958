package be.miis.frontdesk.ticket;

import java.time.Instant;

/**
 * A ticket was logged: by an agent (console, API) and, later, by the mail and portal intake. Not published for
 * imported history, which is not something happening now (docs/architecture.md, "Events").
 */
public record TicketOpened(
        long ticketId,
        String reference,
        Customer customer,
        TicketType type,
        String domainCode,
        Instant receivedAt,
        String openedBy,
        Instant openedAt) {}

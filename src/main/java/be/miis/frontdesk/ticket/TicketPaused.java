package be.miis.frontdesk.ticket;

import java.time.Instant;
import java.util.UUID;

/**
 * A ticket waits for the customer: the guarantee's clock of an escalated ticket stops. It carries what was asked
 * of the customer and its entry's id, for the mail module to send the request once.
 */
public record TicketPaused(
        long ticketId,
        String reference,
        Customer customer,
        boolean escalated,
        UUID requestId,
        String request,
        String pausedBy,
        Instant pausedAt) {}

package be.miis.frontdesk.ticket;

import java.time.Instant;

/** An answered or closed ticket is open again: reopened by hand, or by a customer's reply. */
public record TicketReopened(
        long ticketId, String reference, boolean escalated, String reopenedBy, Instant reopenedAt) {}

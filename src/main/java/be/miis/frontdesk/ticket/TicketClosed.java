package be.miis.frontdesk.ticket;

import java.time.Instant;

/** A ticket was closed: nothing more is expected on it unless the customer writes again. */
public record TicketClosed(
        long ticketId, String reference, Customer customer, boolean escalated, String closedBy, Instant closedAt) {}

package be.miis.frontdesk.ticket;

import java.time.Instant;

/**
 * The backoffice handed an escalated ticket back to the frontdesk (with a note on the timeline): it leaves the
 * queue, and its guarantee keeps counting until it is answered.
 */
public record TicketReturned(long ticketId, String reference, String returnedBy, Instant at) {}

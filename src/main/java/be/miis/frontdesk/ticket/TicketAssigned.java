package be.miis.frontdesk.ticket;

import java.time.Instant;

/** An escalated ticket is now an expert's: they took it, or a colleague assigned it to them. */
public record TicketAssigned(long ticketId, String reference, String assignee, String assignedBy, Instant at) {}

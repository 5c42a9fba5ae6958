package be.miis.frontdesk.ticket;

import java.time.Instant;

/**
 * An escalated ticket got its answer: the escalation module measures it against the guarantee. Only escalated
 * tickets publish it; a question answered at the frontdesk has no deadline to meet.
 */
public record TicketAnswered(long ticketId, String reference, Instant answeredAt) {}

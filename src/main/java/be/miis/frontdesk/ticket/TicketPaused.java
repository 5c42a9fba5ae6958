package be.miis.frontdesk.ticket;

import java.time.Instant;

/**
 * An escalated ticket waits for the customer ({@code paused}) or got their reply ({@code !paused}): the SLA clock
 * stops or runs again. Only escalated tickets publish it; the frontdesk has no deadline.
 */
public record TicketPaused(long ticketId, String reference, boolean paused, Instant at) {}

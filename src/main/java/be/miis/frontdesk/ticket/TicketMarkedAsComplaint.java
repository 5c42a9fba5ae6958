package be.miis.frontdesk.ticket;

import java.time.Instant;

/**
 * A question turned out to be a complaint: a mail or call logged as a question, read as a complaint by the agent.
 * The complaints procedure starts as if the ticket had been a complaint from its receipt (docs/complaints.md).
 */
public record TicketMarkedAsComplaint(
        long ticketId,
        String reference,
        Customer customer,
        String domainCode,
        Instant receivedAt,
        String markedBy,
        Instant markedAt) {}

package be.miis.frontdesk.ticket;

import java.time.Instant;
import java.util.UUID;

/**
 * A message of the customer was added to an existing ticket (taken by phone, typed in from a letter, and later
 * received by mail). What it does to the ticket follows as its own event: {@link TicketResumed} for a waiting
 * ticket, {@link TicketReopened} for an answered or closed one.
 */
public record CustomerReplied(
        long ticketId,
        String reference,
        Customer customer,
        UUID messageId,
        Channel channel,
        String text,
        String recordedBy,
        Instant receivedAt) {}

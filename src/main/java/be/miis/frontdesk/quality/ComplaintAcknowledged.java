package be.miis.frontdesk.quality;

import be.miis.frontdesk.ticket.Customer;
import java.time.Instant;

/** A complaint was acknowledged: the mail module writes the letter with its number and the answer deadline. */
public record ComplaintAcknowledged(
        long ticketId, String reference, Customer customer, Instant answerDue, Instant at) {}

package be.miis.frontdesk.quality;

import be.miis.frontdesk.ticket.Customer;
import java.time.Instant;

/**
 * A complaint got its reasoned answer: the mail module sends it with the outcome and the way to the second line
 * (the federal Ombudsman) in the ticket's language.
 */
public record ComplaintAnswered(
        long ticketId, String reference, Customer customer, ComplaintOutcome outcome, String answer, Instant at) {}

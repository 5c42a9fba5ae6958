package be.miis.frontdesk.ticket;

import java.time.Instant;
import java.util.UUID;

/**
 * A ticket got an answer, at first contact or later, escalated or not. It carries the answer itself and its entry's
 * id, so that the mail module can send it once, and {@code escalated} so that the escalation module measures it
 * against the guarantee only when there is one.
 */
public record TicketAnswered(
        long ticketId,
        String reference,
        Customer customer,
        boolean escalated,
        UUID answerId,
        Channel answerChannel,
        String answer,
        String answeredBy,
        Instant answeredAt) {}

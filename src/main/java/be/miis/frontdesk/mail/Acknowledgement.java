package be.miis.frontdesk.mail;

import be.miis.frontdesk.shared.ContentLanguage;
import java.time.Instant;

/**
 * The acknowledgement a new ticket from mail gets: to the sender, in the ticket's language, with the reference and
 * the promise of an answer within two working days, as a reply to the customer's mail.
 */
record Acknowledgement(
        long ticketId,
        String reference,
        String recipient,
        ContentLanguage language,
        Instant receivedAt,
        String inReplyTo,
        String subject) {}

package be.miis.frontdesk.ticket;

import be.miis.frontdesk.shared.ContentLanguage;
import org.jspecify.annotations.Nullable;

/**
 * Who asked a ticket's question, how and in which language, as the events carry it: what a listener needs to reach
 * the customer (the mail module answers by mail in the ticket's language to the contact) without loading the
 * ticket.
 */
public record Customer(
        Channel channel,
        ContentLanguage language,
        @Nullable Long organisationId,
        @Nullable Long contactId) {}

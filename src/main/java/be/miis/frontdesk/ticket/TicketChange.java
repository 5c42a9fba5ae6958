package be.miis.frontdesk.ticket;

import be.miis.frontdesk.shared.ContentLanguage;
import org.jspecify.annotations.Nullable;

/** The classification of a ticket an agent may correct: domain, language and who asked. */
public record TicketChange(
        String domainCode,
        ContentLanguage language,
        @Nullable Long organisationId,
        @Nullable Long contactId) {}

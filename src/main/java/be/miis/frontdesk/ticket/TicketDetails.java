package be.miis.frontdesk.ticket;

import be.miis.frontdesk.shared.ContentLanguage;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** What a new ticket starts with, checked by the service (domain exists, contact belongs to organisation). */
record TicketDetails(
        Channel channel,
        TicketType type,
        String domainCode,
        ContentLanguage language,
        @Nullable Long organisationId,
        @Nullable Long contactId,
        String subject,
        String description,
        Instant receivedAt,
        @Nullable Integer callDurationSeconds) {}

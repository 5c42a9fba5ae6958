package be.miis.frontdesk.ticket;

import be.miis.frontdesk.shared.ContentLanguage;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One valid line of a ticket import, with the defaults of the optional columns already applied. */
record TicketImportLine(
        int line,
        @Nullable String reference,
        Instant receivedAt,
        Channel channel,
        TicketType type,
        String domainCode,
        ContentLanguage language,
        @Nullable Long organisationId,
        @Nullable String subject,
        TicketStatus status,
        @Nullable Instant answeredAt,
        boolean escalated) {}

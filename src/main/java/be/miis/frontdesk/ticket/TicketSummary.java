package be.miis.frontdesk.ticket;

import be.miis.frontdesk.organisation.OrganisationSummary;
import be.miis.frontdesk.shared.ContentLanguage;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A ticket as a row of the inbox and of an organisation's page. */
public record TicketSummary(
        long id,
        String reference,
        TicketStatus status,
        Channel channel,
        TicketType type,
        String domainCode,
        ContentLanguage language,
        @Nullable OrganisationSummary organisation,
        @Nullable String contactName,
        String subject,
        Instant receivedAt,
        String createdBy,
        @Nullable String assignee,
        @Nullable TicketGuarantee guarantee) {}

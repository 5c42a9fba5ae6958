package be.miis.frontdesk.ticket;

import be.miis.frontdesk.shared.ContentLanguage;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Log a question: by phone while the caller is on the line, or by hand for a mail or letter. The outcome says what
 * happened at first contact: answered at once, escalated to the backoffice, or left open for later.
 *
 * @param receivedAt when the question arrived; {@code null} means now
 * @param answer the answer given, required when the outcome is {@link Outcome#ANSWERED}
 * @param faqVersionId the published FAQ version the answer was based on, if any
 */
public record OpenTicket(
        Channel channel,
        TicketType type,
        String domainCode,
        ContentLanguage language,
        @Nullable Long organisationId,
        @Nullable Long contactId,
        String subject,
        String description,
        @Nullable Instant receivedAt,
        @Nullable Integer callDurationSeconds,
        Outcome outcome,
        @Nullable String answer,
        @Nullable Long faqVersionId) {

    /** A question logged without a FAQ answer. */
    public OpenTicket(
            Channel channel,
            TicketType type,
            String domainCode,
            ContentLanguage language,
            @Nullable Long organisationId,
            @Nullable Long contactId,
            String subject,
            String description,
            @Nullable Instant receivedAt,
            @Nullable Integer callDurationSeconds,
            Outcome outcome,
            @Nullable String answer) {
        this(
                channel,
                type,
                domainCode,
                language,
                organisationId,
                contactId,
                subject,
                description,
                receivedAt,
                callDurationSeconds,
                outcome,
                answer,
                null);
    }

    public enum Outcome {
        OPEN,
        ANSWERED,
        ESCALATED
    }
}

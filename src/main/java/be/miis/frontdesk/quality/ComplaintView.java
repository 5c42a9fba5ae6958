package be.miis.frontdesk.quality;

import be.miis.frontdesk.shared.ContentLanguage;
import be.miis.frontdesk.ticket.Channel;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A complaint case as its pages and the API show it. {@code acknowledgedInTime} and {@code answeredInTime} are null
 * while the step is still to come and its deadline has not passed.
 */
public record ComplaintView(
        long id,
        int version,
        long ticketId,
        String reference,
        Channel channel,
        ContentLanguage language,
        String domainCode,
        @Nullable Long organisationId,
        Instant receivedAt,
        Instant acknowledgementDue,
        Instant answerDue,
        ComplaintStage stage,
        @Nullable Instant acknowledgedAt,
        @Nullable String acknowledgedBy,
        @Nullable Instant decidedAt,
        @Nullable String decidedBy,
        @Nullable InadmissibilityReason inadmissibilityReason,
        @Nullable String explanation,
        @Nullable String concernedUser,
        @Nullable String concernedProcess,
        @Nullable ComplaintOutcome outcome,
        @Nullable Long rootCauseId,
        @Nullable String actionTaken,
        @Nullable String answer,
        @Nullable Instant answeredAt,
        @Nullable String answeredBy,
        @Nullable Instant closedAt,
        @Nullable Boolean acknowledgedInTime,
        @Nullable Boolean answeredInTime) {

    static ComplaintView of(Complaint c, Instant now) {
        return new ComplaintView(
                c.id(),
                c.version(),
                c.ticketId(),
                c.reference(),
                c.channel(),
                c.language(),
                c.domainCode(),
                c.customer().organisationId(),
                c.receivedAt(),
                c.acknowledgementDue(),
                c.answerDue(),
                c.stage(),
                c.acknowledgedAt(),
                c.acknowledgedBy(),
                c.decidedAt(),
                c.decidedBy(),
                c.inadmissibilityReason(),
                c.explanation(),
                c.concernedUser(),
                c.concernedProcess(),
                c.outcome(),
                c.rootCauseId(),
                c.actionTaken(),
                c.answer(),
                c.answeredAt(),
                c.answeredBy(),
                c.closedAt(),
                c.acknowledgedInTime(now),
                c.answeredInTime(now));
    }

    /** The last day allowed for the acknowledgement, as the letter and the page say it. */
    public LocalDate acknowledgementLastDay() {
        return ComplaintDeadlines.lastDay(acknowledgementDue);
    }

    /** The last day allowed for the reasoned answer. */
    public LocalDate answerLastDay() {
        return ComplaintDeadlines.lastDay(answerDue);
    }

    /** Whether the complaint is about a person, which restricts who may see it. */
    public boolean aboutPerson() {
        return concernedUser != null;
    }
}

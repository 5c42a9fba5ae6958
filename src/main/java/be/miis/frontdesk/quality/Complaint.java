package be.miis.frontdesk.quality;

import be.miis.frontdesk.shared.ContentLanguage;
import be.miis.frontdesk.shared.ContentLanguageConverter;
import be.miis.frontdesk.ticket.Channel;
import be.miis.frontdesk.ticket.Customer;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * The complaint case of a COMPLAINT ticket (docs/complaints.md, "Lifecycle"): received → acknowledged → admissible
 * and investigated → answered, or inadmissible with its reason. Each step checks the stage it starts from and what
 * it needs, and registers the event from which the mail module writes its letter. The deadlines are fixed at
 * receipt; whether a step met them is read from its instant.
 */
@Entity
@Table(name = "complaint_case")
class Complaint extends AbstractAggregateRoot<Complaint> {

    static final int MAX_TEXT = 8_000;
    static final int MAX_CONCERNED = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Version
    private int version;

    private long ticketId;

    @SuppressWarnings("NullAway.Init")
    private String reference;

    @Enumerated(EnumType.STRING)
    @SuppressWarnings("NullAway.Init")
    private Channel channel;

    @Convert(converter = ContentLanguageConverter.class)
    @SuppressWarnings("NullAway.Init")
    private ContentLanguage language;

    @SuppressWarnings("NullAway.Init")
    private String domainCode;

    private @Nullable Long organisationId;
    private @Nullable Long contactId;

    @SuppressWarnings("NullAway.Init")
    private Instant receivedAt;

    @SuppressWarnings("NullAway.Init")
    private Instant acknowledgementDue;

    @SuppressWarnings("NullAway.Init")
    private Instant answerDue;

    @Enumerated(EnumType.STRING)
    private ComplaintStage stage = ComplaintStage.RECEIVED;

    private @Nullable Instant acknowledgedAt;
    private @Nullable String acknowledgedBy;
    private @Nullable Instant decidedAt;
    private @Nullable String decidedBy;

    @Enumerated(EnumType.STRING)
    private @Nullable InadmissibilityReason inadmissibilityReason;

    private @Nullable String explanation;
    private @Nullable String concernedUser;
    private @Nullable String concernedProcess;

    @Enumerated(EnumType.STRING)
    private @Nullable ComplaintOutcome outcome;

    private @Nullable Long rootCauseId;
    private @Nullable String actionTaken;
    private @Nullable String answer;
    private @Nullable Instant answeredAt;
    private @Nullable String answeredBy;
    private @Nullable Instant closedAt;

    protected Complaint() {}

    Complaint(
            long ticketId,
            String reference,
            Customer customer,
            String domainCode,
            Instant receivedAt,
            ComplaintDeadlines deadlines) {
        this.ticketId = ticketId;
        this.reference = reference;
        this.channel = customer.channel();
        this.language = customer.language();
        this.organisationId = customer.organisationId();
        this.contactId = customer.contactId();
        this.domainCode = domainCode;
        this.receivedAt = receivedAt;
        this.acknowledgementDue = deadlines.acknowledgementDue(receivedAt);
        this.answerDue = deadlines.answerDue(receivedAt);
    }

    /** Sends the acknowledgement: the complainant learns the complaint's number and the answer deadline. */
    void acknowledge(String actor, Instant now) {
        require(ComplaintStage.RECEIVED, "acknowledge");
        stage = ComplaintStage.ACKNOWLEDGED;
        acknowledgedAt = now;
        acknowledgedBy = actor;
        registerEvent(new ComplaintAcknowledged(ticketId, reference, customer(), answerDue, now));
    }

    /** Admissible: the investigation starts, and the letter says so with the answer deadline. */
    void admit(@Nullable String explanation, String actor, Instant now) {
        require(ComplaintStage.ACKNOWLEDGED, "decide");
        this.explanation = text(explanation, false, "explanation");
        decided(ComplaintStage.INVESTIGATING, null, actor, now);
    }

    /** Not admissible: the procedure ends with a letter that gives the reason and explains it. */
    void refuse(@Nullable InadmissibilityReason reason, @Nullable String explanation, String actor, Instant now) {
        require(ComplaintStage.ACKNOWLEDGED, "decide");
        if (reason == null) {
            throw new InvalidComplaintException("reason", "quality.complaint.reason.required");
        }
        this.explanation = text(explanation, true, "explanation");
        closedAt = now;
        decided(ComplaintStage.INADMISSIBLE, reason, actor, now);
    }

    private void decided(ComplaintStage next, @Nullable InadmissibilityReason reason, String actor, Instant now) {
        stage = next;
        inadmissibilityReason = reason;
        decidedAt = now;
        decidedBy = actor;
        registerEvent(new ComplaintAdmissibilityDecided(
                ticketId, reference, customer(), reason == null, reason, explanation, answerDue, now));
    }

    /**
     * The staff member (a username) or the process the complaint is about, as the investigation finds it; either
     * may be empty. A complaint about a person is seen only by the complaint handlers and the managers.
     */
    void concern(@Nullable String user, @Nullable String process) {
        if (stage.closed()) {
            throw new IllegalComplaintStepException(stage, "concern");
        }
        concernedUser = short_(user, "concernedUser");
        concernedProcess = short_(process, "concernedProcess");
    }

    /**
     * The reasoned answer, which closes the procedure. A founded complaint, wholly or partly, needs its root cause
     * and the action taken or lesson learned; an unfounded one keeps neither.
     */
    void answer(
            @Nullable ComplaintOutcome outcome,
            @Nullable Long rootCauseId,
            @Nullable String actionTaken,
            @Nullable String answer,
            String actor,
            Instant now) {
        require(ComplaintStage.INVESTIGATING, "answer");
        if (outcome == null) {
            throw new InvalidComplaintException("outcome", "quality.complaint.outcome.required");
        }
        String text = Objects.requireNonNull(text(answer, true, "answer"));
        if (outcome.founded()) {
            if (rootCauseId == null) {
                throw new InvalidComplaintException("rootCauseId", "quality.complaint.rootCause.required");
            }
            this.actionTaken = text(actionTaken, true, "actionTaken");
            this.rootCauseId = rootCauseId;
        } else {
            this.actionTaken = text(actionTaken, false, "actionTaken");
            this.rootCauseId = null;
        }
        this.outcome = outcome;
        this.answer = text;
        stage = ComplaintStage.ANSWERED;
        answeredAt = now;
        answeredBy = actor;
        closedAt = now;
        registerEvent(new ComplaintAnswered(ticketId, reference, customer(), outcome, text, now));
    }

    private void require(ComplaintStage expected, String step) {
        if (stage != expected) {
            throw new IllegalComplaintStepException(stage, step);
        }
    }

    private static @Nullable String text(@Nullable String value, boolean required, String field) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            if (required) {
                throw new InvalidComplaintException(field, "quality.complaint." + field + ".required");
            }
            return null;
        }
        if (text.length() > MAX_TEXT) {
            throw new InvalidComplaintException(field, "quality.complaint.text.tooLong");
        }
        return text;
    }

    private static @Nullable String short_(@Nullable String value, String field) {
        String text = value == null ? "" : value.strip();
        if (text.length() > MAX_CONCERNED) {
            throw new InvalidComplaintException(field, "quality.complaint.concerned.tooLong");
        }
        return text.isEmpty() ? null : text;
    }

    /** Whether the acknowledgement went out in time; unknown (null) while it has not gone out and is not late. */
    @Nullable
    Boolean acknowledgedInTime(Instant now) {
        return met(acknowledgedAt, acknowledgementDue, now);
    }

    /** Whether the closing letter (answer, or inadmissibility) went out in time; null while open and not late. */
    @Nullable
    Boolean answeredInTime(Instant now) {
        return met(closedAt, answerDue, now);
    }

    private static @Nullable Boolean met(@Nullable Instant done, Instant due, Instant now) {
        if (done != null) {
            return done.isBefore(due);
        }
        return now.isBefore(due) ? null : Boolean.FALSE;
    }

    /** History written after the fact (the demo year): nothing is happening now, so no letter goes out. */
    void forgetEvents() {
        clearDomainEvents();
    }

    /** The events registered and not yet published (the save publishes them). */
    java.util.List<Object> pendingEvents() {
        return java.util.List.copyOf(domainEvents());
    }

    Customer customer() {
        return new Customer(channel, language, organisationId, contactId);
    }

    long id() {
        return Objects.requireNonNull(id, "complaint not saved yet");
    }

    @Nullable
    Long idOrNull() {
        return id;
    }

    int version() {
        return version;
    }

    long ticketId() {
        return ticketId;
    }

    String reference() {
        return reference;
    }

    Channel channel() {
        return channel;
    }

    ContentLanguage language() {
        return language;
    }

    String domainCode() {
        return domainCode;
    }

    Instant receivedAt() {
        return receivedAt;
    }

    Instant acknowledgementDue() {
        return acknowledgementDue;
    }

    Instant answerDue() {
        return answerDue;
    }

    ComplaintStage stage() {
        return stage;
    }

    @Nullable
    Instant acknowledgedAt() {
        return acknowledgedAt;
    }

    @Nullable
    String acknowledgedBy() {
        return acknowledgedBy;
    }

    @Nullable
    Instant decidedAt() {
        return decidedAt;
    }

    @Nullable
    String decidedBy() {
        return decidedBy;
    }

    @Nullable
    InadmissibilityReason inadmissibilityReason() {
        return inadmissibilityReason;
    }

    @Nullable
    String explanation() {
        return explanation;
    }

    @Nullable
    String concernedUser() {
        return concernedUser;
    }

    @Nullable
    String concernedProcess() {
        return concernedProcess;
    }

    @Nullable
    ComplaintOutcome outcome() {
        return outcome;
    }

    @Nullable
    Long rootCauseId() {
        return rootCauseId;
    }

    @Nullable
    String actionTaken() {
        return actionTaken;
    }

    @Nullable
    String answer() {
        return answer;
    }

    @Nullable
    Instant answeredAt() {
        return answeredAt;
    }

    @Nullable
    String answeredBy() {
        return answeredBy;
    }

    @Nullable
    Instant closedAt() {
        return closedAt;
    }
}

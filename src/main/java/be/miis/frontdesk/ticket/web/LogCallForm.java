package be.miis.frontdesk.ticket.web;

import be.miis.frontdesk.shared.BusinessTime;
import be.miis.frontdesk.shared.ContentLanguage;
import be.miis.frontdesk.ticket.Channel;
import be.miis.frontdesk.ticket.EscalationPriority;
import be.miis.frontdesk.ticket.EscalationRequest;
import be.miis.frontdesk.ticket.OpenTicket;
import be.miis.frontdesk.ticket.TicketType;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** The quick log of a call (or of a mail or letter typed in by hand). */
class LogCallForm {

    static final int SUBJECT_MAX = 200;
    static final int TEXT_MAX = 20_000;

    @NotNull(message = "{ticket.channel.required}")
    private Channel channel = Channel.PHONE;

    @NotNull(message = "{ticket.type.required}")
    private TicketType type = TicketType.QUESTION;

    @Size(max = 120, message = "{ticket.callerQuery.size}")
    private String callerQuery = "";

    @Pattern(regexp = CallerRef.FORM_VALUE, message = "{ticket.caller.invalid}")
    private String caller = "";

    @NotBlank(message = "{ticket.domain.required}")
    private String domainCode = "";

    @NotNull(message = "{ticket.language.required}")
    private ContentLanguage language = ContentLanguage.NL;

    @Size(max = SUBJECT_MAX, message = "{ticket.subject.size}")
    private String subject = "";

    @NotBlank(message = "{ticket.description.required}")
    @Size(max = TEXT_MAX, message = "{ticket.text.size}")
    private String description = "";

    @Size(max = TEXT_MAX, message = "{ticket.text.size}")
    private String answer = "";

    /** The published FAQ version an inserted answer came from; only kept when the call is answered. */
    private @Nullable Long faqVersionId;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
    private @Nullable LocalDateTime receivedAt;

    @Min(value = 0, message = "{ticket.duration.range}")
    @Max(value = 86_400, message = "{ticket.duration.range}")
    private @Nullable Integer callDurationSeconds;

    /** Where an escalation at first contact goes: a queue (null: the domain's), a priority and a handover note. */
    private @Nullable Long queueId;

    private EscalationPriority priority = EscalationPriority.NORMAL;

    @Size(max = EscalationRequest.NOTE_MAX, message = "{ticket.note.tooLong}")
    private String handoverNote = "";

    EscalationRequest escalation() {
        return new EscalationRequest(queueId, priority, handoverNote.isBlank() ? null : handoverNote);
    }

    public @Nullable Long getQueueId() {
        return queueId;
    }

    public void setQueueId(@Nullable Long queueId) {
        this.queueId = queueId;
    }

    public EscalationPriority getPriority() {
        return priority;
    }

    public void setPriority(@Nullable EscalationPriority priority) {
        this.priority = priority == null ? EscalationPriority.NORMAL : priority;
    }

    public String getHandoverNote() {
        return handoverNote;
    }

    public void setHandoverNote(@Nullable String handoverNote) {
        this.handoverNote = handoverNote == null ? "" : handoverNote;
    }

    OpenTicket toCommand(CallerRef callerRef, OpenTicket.Outcome outcome) {
        return new OpenTicket(
                channel,
                type,
                domainCode,
                language,
                callerRef.organisationId(),
                callerRef.contactId(),
                subject,
                description,
                receivedAt == null ? null : receivedAt.atZone(BusinessTime.ZONE).toInstant(),
                channel == Channel.PHONE ? callDurationSeconds : null,
                outcome,
                answer.isBlank() ? null : answer,
                outcome == OpenTicket.Outcome.ANSWERED ? faqVersionId : null);
    }

    public @Nullable Long getFaqVersionId() {
        return faqVersionId;
    }

    public void setFaqVersionId(@Nullable Long faqVersionId) {
        this.faqVersionId = faqVersionId;
    }

    public Channel getChannel() {
        return channel;
    }

    public void setChannel(Channel channel) {
        this.channel = channel;
    }

    public TicketType getType() {
        return type;
    }

    public void setType(TicketType type) {
        this.type = type;
    }

    public String getCallerQuery() {
        return callerQuery;
    }

    public void setCallerQuery(String callerQuery) {
        this.callerQuery = callerQuery;
    }

    public String getCaller() {
        return caller;
    }

    public void setCaller(String caller) {
        this.caller = caller;
    }

    public String getDomainCode() {
        return domainCode;
    }

    public void setDomainCode(String domainCode) {
        this.domainCode = domainCode;
    }

    public ContentLanguage getLanguage() {
        return language;
    }

    public void setLanguage(ContentLanguage language) {
        this.language = language;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getAnswer() {
        return answer;
    }

    public void setAnswer(String answer) {
        this.answer = answer;
    }

    public @Nullable LocalDateTime getReceivedAt() {
        return receivedAt;
    }

    public void setReceivedAt(@Nullable LocalDateTime receivedAt) {
        this.receivedAt = receivedAt;
    }

    public @Nullable Integer getCallDurationSeconds() {
        return callDurationSeconds;
    }

    public void setCallDurationSeconds(@Nullable Integer callDurationSeconds) {
        this.callDurationSeconds = callDurationSeconds;
    }
}

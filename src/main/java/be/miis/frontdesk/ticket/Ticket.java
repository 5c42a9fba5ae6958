package be.miis.frontdesk.ticket;

import be.miis.frontdesk.knowledge.ArticleCitation;
import be.miis.frontdesk.shared.ContentLanguage;
import be.miis.frontdesk.shared.ContentLanguageConverter;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * A question or complaint of an organisation, with its conversation. Every change goes through a method here that
 * enforces the lifecycle and writes the change into the timeline, so the trail is complete by construction, and
 * announces it as an event, for every ticket (docs/architecture.md, "Events").
 *
 * <p>The id is taken from the database sequence before the ticket is built ({@link TicketRepository#nextId()}),
 * so the events of a new ticket carry it and the ticket is inserted once, with everything that happened at first
 * contact. A null version marks the ticket as new for Spring Data.
 *
 * <p>One class, though long: it is one consistency boundary, and keeping every lifecycle rule, timeline entry and
 * event of a ticket in it is what makes the trail complete by construction; most of its length is accessors.
 */
@Entity
@Table(name = "ticket")
class Ticket extends AbstractAggregateRoot<Ticket> {

    @Id
    private @Nullable Long id;

    private String reference = "";

    @Enumerated(EnumType.STRING)
    private Channel channel = Channel.PHONE;

    @Enumerated(EnumType.STRING)
    private TicketType type = TicketType.QUESTION;

    private String domainCode = "";

    @Convert(converter = ContentLanguageConverter.class)
    private ContentLanguage language = ContentLanguage.NL;

    private @Nullable Long organisationId;
    private @Nullable Long contactId;
    private String subject = "";
    private String description = "";

    @Enumerated(EnumType.STRING)
    private TicketStatus status = TicketStatus.NEW;

    private boolean escalated;
    private Instant receivedAt = Instant.EPOCH;
    private @Nullable Integer callDurationSeconds;
    private String createdBy = "";
    private Instant createdAt = Instant.EPOCH;
    private Instant updatedAt = Instant.EPOCH;
    private @Nullable String assignee;
    private @Nullable Instant answeredAt;
    private @Nullable Instant closedAt;

    @Version
    private @Nullable Integer version;

    @OneToMany(mappedBy = "ticket", cascade = CascadeType.ALL)
    @OrderBy("createdAt, id")
    private List<TicketEntry> entries = new ArrayList<>();

    protected Ticket() {}

    Ticket(long id, String reference, TicketDetails details, String actor, Instant now) {
        this.id = id;
        this.reference = reference;
        this.channel = details.channel();
        this.type = details.type();
        this.domainCode = details.domainCode();
        this.language = details.language();
        this.organisationId = details.organisationId();
        this.contactId = details.contactId();
        this.subject = details.subject();
        this.description = details.description();
        this.receivedAt = details.receivedAt();
        this.callDurationSeconds = details.callDurationSeconds();
        this.createdBy = actor;
        this.createdAt = now;
        this.updatedAt = now;
        entries.add(TicketEntry.message(this, EntryKind.INCOMING, channel, description, actor, now));
        registerEvent(new TicketOpened(id, reference, customer(), type, domainCode, receivedAt, actor, now));
    }

    /** Records the answer given to the customer; an escalated ticket is taken by whoever answers it. */
    void answer(String text, Channel answeredBy, String actor, Instant now) {
        answer(text, answeredBy, null, actor, now);
    }

    /** An answer based on a published FAQ version, which the answer keeps as its citation. */
    void answer(String text, Channel answeredBy, @Nullable ArticleCitation citation, String actor, Instant now) {
        if (status == TicketStatus.ESCALATED) {
            take(actor, now);
        }
        if (status == TicketStatus.WAITING_FOR_CUSTOMER) {
            resume(null, actor, now);
        }
        requireTransition(TicketStatus.ANSWERED);
        TicketEntry answer = TicketEntry.answer(this, answeredBy, text, citation, actor, now);
        entries.add(answer);
        moveTo(TicketStatus.ANSWERED, actor, now);
        this.answeredAt = now;
        registerEvent(
                new TicketAnswered(id(), reference, customer(), escalated, answer.uid(), answeredBy, text, actor, now));
    }

    /**
     * Hands the question to the backoffice: a queue (or its domain's), a priority and the handover note. The desk
     * files it or refuses; a refusal is this ticket's validation error, and the caller's transaction saves nothing.
     *
     * @throws InvalidTicketException when the backoffice refuses the hand-off (an unknown or closed queue)
     */
    void escalate(EscalationRequest request, EscalationDesk desk, String actor, Instant now) {
        moveTo(TicketStatus.ESCALATED, actor, now);
        EscalationDesk.Result filed = desk.file(new EscalationDesk.HandOff(
                id(), reference, domainCode, type, receivedAt, request.queueId(), request.priority(), actor, now));
        if (filed instanceof EscalationDesk.Refused refused) {
            throw new InvalidTicketException(refused.field(), refused.messageKey());
        }
        long queueId = ((EscalationDesk.Accepted) filed).queueId();
        if (request.note() != null && !request.note().isBlank()) {
            entries.add(TicketEntry.message(
                    this, EntryKind.NOTE, null, request.note().strip(), actor, now));
        }
        change("priority", null, request.priority().name(), actor, now);
        this.escalated = true;
        registerEvent(new TicketEscalated(
                id(), reference, domainCode, type, receivedAt, queueId, request.priority(), actor, now));
    }

    /** An expert takes an escalated ticket: it is theirs from now on. */
    void take(String actor, Instant now) {
        if (status != TicketStatus.ESCALATED) {
            // Taken by someone else already (IN_PROGRESS), or not with the backoffice at all.
            throw new IllegalTransitionException(status, TicketStatus.IN_PROGRESS);
        }
        assign(actor, actor, now);
    }

    /** An escalated ticket goes to an expert: the one who takes it, or a colleague a lead or expert chose. */
    void assign(String expert, String actor, Instant now) {
        if (status != TicketStatus.IN_PROGRESS) {
            moveTo(TicketStatus.IN_PROGRESS, actor, now);
        } else if (expert.equals(assignee)) {
            return;
        }
        change("assignee", assignee, expert, actor, now);
        this.assignee = expert;
        registerEvent(new TicketAssigned(id(), reference, expert, actor, now));
    }

    /**
     * The backoffice hands the ticket back to the frontdesk with a note saying why (not a backoffice question, the
     * answer is in the FAQ): NEW again, no expert, out of the queue.
     */
    void returnToFrontdesk(String note, String actor, Instant now) {
        if (status != TicketStatus.ESCALATED && status != TicketStatus.IN_PROGRESS) {
            throw new IllegalTransitionException(status, TicketStatus.NEW);
        }
        entries.add(TicketEntry.message(this, EntryKind.NOTE, null, note.strip(), actor, now));
        moveTo(TicketStatus.NEW, actor, now);
        change("assignee", assignee, null, actor, now);
        this.assignee = null;
        registerEvent(new TicketReturned(id(), reference, actor, now));
    }

    /**
     * The answer needs information from the customer: what was asked of them goes on the timeline, and the SLA
     * clock pauses until they reply. The event carries the request, for the mail module to send it.
     */
    void waitForCustomer(String request, String actor, Instant now) {
        moveTo(TicketStatus.WAITING_FOR_CUSTOMER, actor, now);
        TicketEntry asked = TicketEntry.message(this, EntryKind.REQUEST, null, request, actor, now);
        entries.add(asked);
        registerEvent(new TicketPaused(id(), reference, customer(), escalated, asked.uid(), request, actor, now));
    }

    /**
     * What the ticket waited for came in (told by the agent who resumes it): it goes on the timeline as the
     * customer's message, and the work goes on where it was.
     */
    void resume(String received, Channel channel, String actor, Instant now) {
        if (status != TicketStatus.WAITING_FOR_CUSTOMER) {
            throw new IllegalTransitionException(status, workingStatus());
        }
        receiveReply(received, channel, actor, now);
    }

    /**
     * A message of the customer: it resumes a ticket that waited for it, and reopens an answered or closed one
     * (docs/domain.md: "a customer's reply on an ANSWERED or CLOSED ticket reopens it").
     */
    UUID receiveReply(String text, Channel channel, String actor, Instant now) {
        TicketEntry message = TicketEntry.message(this, EntryKind.INCOMING, channel, text, actor, now);
        entries.add(message);
        registerEvent(new CustomerReplied(id(), reference, customer(), message.uid(), channel, text, actor, now));
        switch (status) {
            case WAITING_FOR_CUSTOMER -> resume(text, actor, now);
            case ANSWERED, CLOSED -> reopen(actor, now);
            default -> touch(now);
        }
        return message.uid();
    }

    void reopen(String actor, Instant now) {
        if (status != TicketStatus.ANSWERED && status != TicketStatus.CLOSED) {
            throw new IllegalTransitionException(status, workingStatus());
        }
        moveTo(workingStatus(), actor, now);
        this.closedAt = null;
        registerEvent(new TicketReopened(id(), reference, escalated, actor, now));
    }

    void close(String actor, Instant now) {
        moveTo(TicketStatus.CLOSED, actor, now);
        this.closedAt = now;
        registerEvent(new TicketClosed(id(), reference, customer(), escalated, actor, now));
    }

    UUID addNote(String text, String actor, Instant now) {
        TicketEntry note = TicketEntry.message(this, EntryKind.NOTE, null, text, actor, now);
        entries.add(note);
        touch(now);
        return note.uid();
    }

    /** The entry with the question the ticket was opened with: its first message. */
    Optional<TicketEntry> question() {
        return entries.stream().filter(e -> e.kind() == EntryKind.INCOMING).findFirst();
    }

    /** The question and its answer were offered to the FAQ base as this draft article. */
    void recordFaqProposal(long articleId, String actor, Instant now) {
        change("faqProposal", null, Long.toString(articleId), actor, now);
    }

    /** The last answer given, if any: what a FAQ proposal starts from. */
    Optional<TicketEntry> lastAnswer() {
        for (int i = entries.size() - 1; i >= 0; i--) {
            if (entries.get(i).kind() == EntryKind.ANSWER) {
                return Optional.of(entries.get(i));
            }
        }
        return Optional.empty();
    }

    /**
     * A question that is a complaint becomes one, on the timeline; never the other way (a complaint that is not one is
     * closed as inadmissible in its procedure), and not once the ticket is closed.
     */
    void markAsComplaint(String actor, Instant now) {
        if (type == TicketType.COMPLAINT || status == TicketStatus.CLOSED) {
            throw new NotAQuestionException(reference);
        }
        change("type", type.name(), TicketType.COMPLAINT.name(), actor, now);
        this.type = TicketType.COMPLAINT;
        registerEvent(new TicketMarkedAsComplaint(id(), reference, customer(), domainCode, receivedAt, actor, now));
    }

    void changeDomain(String domainCode, String actor, Instant now) {
        if (!this.domainCode.equals(domainCode)) {
            change("domain", this.domainCode, domainCode, actor, now);
            this.domainCode = domainCode;
        }
    }

    void changeLanguage(ContentLanguage language, String actor, Instant now) {
        if (this.language != language) {
            change("language", this.language.code(), language.code(), actor, now);
            this.language = language;
        }
    }

    void changeCaller(@Nullable Long organisationId, @Nullable Long contactId, String actor, Instant now) {
        if (!Objects.equals(this.organisationId, organisationId)) {
            change("organisation", text(this.organisationId), text(organisationId), actor, now);
            this.organisationId = organisationId;
        }
        if (!Objects.equals(this.contactId, contactId)) {
            change("contact", text(this.contactId), text(contactId), actor, now);
            this.contactId = contactId;
        }
    }

    private void resume(@Nullable String received, String actor, Instant now) {
        moveTo(workingStatus(), actor, now);
        registerEvent(new TicketResumed(id(), reference, escalated, received, actor, now));
    }

    /** The customer side of the ticket as it stands now, for the events. */
    private Customer customer() {
        return new Customer(channel, language, organisationId, contactId);
    }

    /**
     * Back to work: with the expert who has it, else with the frontdesk (never escalated, or handed back). Only
     * taking or assigning an escalated ticket gives it an assignee, and handing it back clears it.
     */
    private TicketStatus workingStatus() {
        return escalated && assignee != null ? TicketStatus.IN_PROGRESS : TicketStatus.NEW;
    }

    private void requireTransition(TicketStatus target) {
        if (!status.canTransitionTo(target)) {
            throw new IllegalTransitionException(status, target);
        }
    }

    private void moveTo(TicketStatus target, String actor, Instant now) {
        requireTransition(target);
        change("status", status.name(), target.name(), actor, now);
        this.status = target;
    }

    private void change(String field, @Nullable String from, @Nullable String to, String actor, Instant now) {
        entries.add(TicketEntry.change(this, field, from, to, actor, now));
        touch(now);
    }

    private void touch(Instant now) {
        this.updatedAt = now;
    }

    private static @Nullable String text(@Nullable Long id) {
        return id == null ? null : id.toString();
    }

    Long id() {
        return Objects.requireNonNull(id, "not yet saved");
    }

    String reference() {
        return reference;
    }

    Channel channel() {
        return channel;
    }

    TicketType type() {
        return type;
    }

    String domainCode() {
        return domainCode;
    }

    ContentLanguage language() {
        return language;
    }

    @Nullable
    Long organisationId() {
        return organisationId;
    }

    @Nullable
    Long contactId() {
        return contactId;
    }

    String subject() {
        return subject;
    }

    String description() {
        return description;
    }

    TicketStatus status() {
        return status;
    }

    boolean escalated() {
        return escalated;
    }

    Instant receivedAt() {
        return receivedAt;
    }

    @Nullable
    Integer callDurationSeconds() {
        return callDurationSeconds;
    }

    String createdBy() {
        return createdBy;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    @Nullable
    String assignee() {
        return assignee;
    }

    @Nullable
    Instant answeredAt() {
        return answeredAt;
    }

    @Nullable
    Instant closedAt() {
        return closedAt;
    }

    /** The version as stored; a new ticket, not yet inserted, counts as version 0 (which the insert gives it). */
    int version() {
        return version == null ? 0 : version;
    }

    List<TicketEntry> entries() {
        return List.copyOf(entries);
    }
}

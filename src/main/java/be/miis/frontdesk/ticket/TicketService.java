package be.miis.frontdesk.ticket;

import be.miis.frontdesk.identity.AuditAction;
import be.miis.frontdesk.identity.AuditLog;
import be.miis.frontdesk.identity.IdentityService;
import be.miis.frontdesk.identity.Permissions;
import be.miis.frontdesk.identity.Role;
import be.miis.frontdesk.identity.UserView;
import be.miis.frontdesk.knowledge.ArticleCitation;
import be.miis.frontdesk.knowledge.ArticleProposal;
import be.miis.frontdesk.knowledge.KnowledgeService;
import be.miis.frontdesk.shared.BusinessTime;
import be.miis.frontdesk.shared.NotPermittedException;
import be.miis.frontdesk.shared.PagedResult;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.LongFunction;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The module API of tickets: log a question, answer it, note, escalate, close and reopen it, and list and find
 * tickets. Every command runs in one transaction: it either happens completely, timeline included, or not at all.
 */
@Service
public class TicketService {

    private final TicketRepository tickets;
    private final TicketReferences references;
    private final TicketSearch search;
    private final TicketInput input;
    private final TicketPages pages;
    private final AuditLog audit;
    private final KnowledgeService knowledge;
    private final IdentityService users;
    private final Permissions permissions;
    private final ObjectProvider<EscalationDesk> desks;
    private final ObjectProvider<TicketPrivacy> privacy;
    private final Clock clock;

    TicketService(
            TicketRepository tickets,
            TicketReferences references,
            TicketSearch search,
            TicketInput input,
            TicketPages pages,
            AuditLog audit,
            KnowledgeService knowledge,
            IdentityService users,
            Permissions permissions,
            ObjectProvider<EscalationDesk> desks,
            ObjectProvider<TicketPrivacy> privacy,
            Clock clock) {
        this.tickets = tickets;
        this.references = references;
        this.search = search;
        this.input = input;
        this.pages = pages;
        this.audit = audit;
        this.knowledge = knowledge;
        this.users = users;
        this.permissions = permissions;
        this.desks = desks;
        this.privacy = privacy;
        this.clock = clock;
    }

    /**
     * Logs a question and, in the same transaction, what happened at first contact (answered, escalated or left
     * open). Returns the new reference.
     *
     * @throws InvalidTicketException for an unknown domain, organisation or contact, or a missing answer
     */
    @Transactional
    public String open(OpenTicket command, String actor) {
        return open(command, EscalationRequest.toDomainQueue(), actor);
    }

    /**
     * Logs a question as {@link #open(OpenTicket, String)} does; an escalation at first contact goes where the
     * request says (queue, priority, handover note).
     */
    @Transactional
    public String open(OpenTicket command, EscalationRequest escalation, String actor) {
        TicketInput.requireNote(escalation.note(), false);
        Instant now = clock.instant();
        TicketDetails details = input.details(command, now);
        Ticket ticket = new Ticket(tickets.nextId(), references.next(details.receivedAt()), details, actor, now);
        switch (command.outcome()) {
            case ANSWERED ->
                ticket.answer(
                        Objects.requireNonNull(command.answer()).strip(),
                        command.channel(),
                        cite(command.faqVersionId(), ticket.reference(), actor),
                        actor,
                        now);
            case ESCALATED -> ticket.escalate(escalation, desk(), actor, now);
            case OPEN -> {}
        }
        // Inserted once, with all that happened at first contact; the save publishes the ticket's events.
        tickets.save(ticket);
        return ticket.reference();
    }

    /** The ticket with its timeline. Opening a ticket shows personal data, so it is recorded in the audit trail. */
    @Transactional
    public TicketView get(String reference, String viewer) {
        Ticket ticket =
                tickets.findByReference(reference).orElseThrow(() -> TicketNotFoundException.forReference(reference));
        requireVisible(ticket, viewer);
        audit.record(viewer, AuditAction.VIEWED, "ticket", ticket.reference(), null);
        return pages.view(ticket);
    }

    @Transactional
    public void answer(String reference, int version, String text, Channel channel, String actor) {
        answer(reference, version, text, channel, null, actor);
    }

    /**
     * An answer, possibly based on a published FAQ version: the answer keeps that version, and the article counts
     * the use, in this one transaction.
     *
     * @throws InvalidTicketException when no published FAQ version has that id
     */
    @Transactional
    public void answer(
            String reference, int version, String text, Channel channel, @Nullable Long faqVersionId, String actor) {
        change(
                reference,
                version,
                ticket -> ticket.answer(
                        text.strip(), channel, cite(faqVersionId, reference, actor), actor, clock.instant()));
    }

    /**
     * Offers the question and the last answer of a ticket to the FAQ base as a draft article in the ticket's
     * language and domain; the timeline records it. Returns the id of the draft.
     *
     * @throws InvalidTicketException when the ticket has no answer yet
     */
    @Transactional
    public long proposeAsFaq(String reference, String actor) {
        Ticket ticket = tickets.findForChangeByReference(reference)
                .orElseThrow(() -> TicketNotFoundException.forReference(reference));
        String answer = ticket.lastAnswer()
                .map(TicketEntry::body)
                .orElseThrow(() -> new InvalidTicketException("faq", "ticket.faq.noAnswer"));
        long articleId = knowledge.propose(
                new ArticleProposal(ticket.domainCode(), ticket.language(), ticket.description(), answer), actor);
        ticket.recordFaqProposal(articleId, actor, clock.instant());
        return articleId;
    }

    /** An internal note. Notes only add to the timeline, so no version is needed: they never overwrite anything. */
    @Transactional
    public UUID addNote(String reference, String text, String actor) {
        Ticket ticket = tickets.findForChangeByReference(reference)
                .orElseThrow(() -> TicketNotFoundException.forReference(reference));
        return ticket.addNote(text.strip(), actor, clock.instant());
    }

    /**
     * A message of the customer, taken by phone or typed in from a letter; resumes or reopens the ticket. Returns the
     * id of the new timeline entry (mail keeps the message's attachments beside it).
     */
    @Transactional
    public UUID receiveReply(String reference, String text, Channel channel, String actor) {
        Ticket ticket = tickets.findForChangeByReference(reference)
                .orElseThrow(() -> TicketNotFoundException.forReference(reference));
        UUID entry = ticket.receiveReply(text.strip(), channel, actor, clock.instant());
        // Saved explicitly (though managed) because save publishes the ticket's events: a reply resumes the clock.
        tickets.save(ticket);
        return entry;
    }

    /**
     * The id of the timeline entry holding the question the ticket was opened with (mail keeps the question's
     * attachments beside it).
     *
     * @throws TicketNotFoundException when no ticket has that reference
     */
    @Transactional(readOnly = true)
    public UUID questionEntry(String reference) {
        Ticket ticket =
                tickets.findByReference(reference).orElseThrow(() -> TicketNotFoundException.forReference(reference));
        return ticket.question()
                .map(TicketEntry::uid)
                .orElseThrow(() -> new IllegalStateException("ticket " + reference + " without its question"));
    }

    /**
     * A kept attachment of one of the customer's mails on the ticket, to download. Like opening the ticket, it shows
     * personal data, so it is recorded in the audit trail.
     *
     * @throws TicketNotFoundException when no ticket has that reference
     * @throws AttachmentNotFoundException when the ticket has no kept attachment of that id
     */
    @Transactional
    public EntryAttachments.Download attachment(String reference, long attachmentId, String viewer) {
        Ticket ticket =
                tickets.findByReference(reference).orElseThrow(() -> TicketNotFoundException.forReference(reference));
        requireVisible(ticket, viewer);
        EntryAttachments port = pages.attachments();
        EntryAttachments.Download download = (port == null
                        ? Optional.<EntryAttachments.Download>empty()
                        : port.download(ticket.id(), attachmentId))
                .orElseThrow(() -> AttachmentNotFoundException.forId(reference, attachmentId));
        audit.record(viewer, AuditAction.VIEWED, "ticket", ticket.reference(), "attachment " + attachmentId);
        return download;
    }

    /**
     * The sanitised HTML of one of the customer's mails on the ticket ("view the original formatting"), its inline
     * images pointing at {@code attachmentHref}; audited as opening the ticket is.
     *
     * @throws TicketNotFoundException when no ticket has that reference
     * @throws AttachmentNotFoundException when the ticket has no mail of that id whose HTML was kept
     */
    @Transactional
    public String formattedMail(String reference, long mailId, LongFunction<String> attachmentHref, String viewer) {
        Ticket ticket =
                tickets.findByReference(reference).orElseThrow(() -> TicketNotFoundException.forReference(reference));
        requireVisible(ticket, viewer);
        EntryAttachments port = pages.attachments();
        String html = (port == null ? Optional.<String>empty() : port.formatted(ticket.id(), mailId, attachmentHref))
                .orElseThrow(() -> AttachmentNotFoundException.forMail(reference, mailId));
        audit.record(viewer, AuditAction.VIEWED, "ticket", ticket.reference(), "mail " + mailId);
        return html;
    }

    /** Escalates to the ticket's domain queue with normal priority and no handover note. */
    @Transactional
    public void escalate(String reference, int version, String actor) {
        escalate(reference, version, EscalationRequest.toDomainQueue(), actor);
    }

    /**
     * Hands the ticket to a backoffice queue through the {@link EscalationDesk}, in this transaction: an unknown or
     * closed queue is refused and nothing of the escalation is saved.
     *
     * @throws InvalidTicketException for a handover note over {@link EscalationRequest#NOTE_MAX} characters, or a
     *     queue the backoffice refuses
     */
    @Transactional
    public void escalate(String reference, int version, EscalationRequest request, String actor) {
        TicketInput.requireNote(request.note(), false);
        change(reference, version, ticket -> ticket.escalate(request, desk(), actor, clock.instant()));
    }

    private EscalationDesk desk() {
        return desks.getIfAvailable(() -> EscalationDesk.NONE);
    }

    /**
     * Gives an escalated ticket to an expert (a lead dispatching, a colleague passing it on).
     *
     * @throws InvalidTicketException when the expert is not an enabled EXPERT user
     * @throws NotPermittedException when the actor is not an expert
     */
    @Transactional
    public void assign(String reference, int version, String expert, String actor) {
        requireBackoffice(actor);
        UserView user = users.findByUsername(expert)
                .filter(u -> u.enabled() && u.hasRole(Role.EXPERT))
                .orElseThrow(() -> new InvalidTicketException("assignee", "ticket.assignee.unknown"));
        change(reference, version, ticket -> ticket.assign(user.username(), actor, clock.instant()));
    }

    /**
     * Hands an escalated ticket back to the frontdesk with a note saying why.
     *
     * @throws InvalidTicketException for a missing or too long note
     */
    @Transactional
    public void returnToFrontdesk(String reference, int version, String note, String actor) {
        requireBackoffice(actor);
        TicketInput.requireNote(note, true);
        change(reference, version, ticket -> ticket.returnToFrontdesk(note, actor, clock.instant()));
    }

    /**
     * Taking, dispatching and handing back an escalated ticket are the backoffice's decisions (docs/roles.md), on
     * every route that leads here: the ticket page, the queue list, the API.
     */
    private void requireBackoffice(String actor) {
        permissions.require(actor, "ticket.permission.backoffice", Role.EXPERT);
    }

    /**
     * An expert takes an escalated ticket.
     *
     * @throws NotPermittedException when the actor is not an expert
     */
    @Transactional
    public void take(String reference, int version, String actor) {
        requireBackoffice(actor);
        change(reference, version, ticket -> ticket.take(actor, clock.instant()));
    }

    /**
     * Puts the ticket to wait for the customer with what was asked of them: it goes on the timeline and on the
     * {@link TicketPaused} event, from which the mail module is to send it to the customer.
     *
     * @throws InvalidTicketException for a missing or too long request
     */
    @Transactional
    public void waitForCustomer(String reference, int version, String request, String actor) {
        String asked = TicketInput.requiredText("text", request);
        change(reference, version, ticket -> ticket.waitForCustomer(asked, actor, clock.instant()));
    }

    /**
     * Resumes a waiting ticket with what was received, recorded as the customer's message.
     *
     * @throws InvalidTicketException for a missing or too long text
     */
    @Transactional
    public void resume(String reference, int version, String received, Channel channel, String actor) {
        String text = TicketInput.requiredText("text", received);
        change(reference, version, ticket -> ticket.resume(text, channel, actor, clock.instant()));
    }

    @Transactional
    public void close(String reference, int version, String actor) {
        change(reference, version, ticket -> ticket.close(actor, clock.instant()));
    }

    @Transactional
    public void reopen(String reference, int version, String actor) {
        change(reference, version, ticket -> ticket.reopen(actor, clock.instant()));
    }

    /** Marks a question as a complaint: the complaints procedure starts (docs/complaints.md). */
    @Transactional
    public void markAsComplaint(String reference, int version, String actor) {
        change(reference, version, ticket -> ticket.markAsComplaint(actor, clock.instant()));
    }

    /** Corrects domain, language and caller; each change that really changes something lands in the timeline. */
    @Transactional
    public void reclassify(String reference, int version, TicketChange change, String actor) {
        input.requireDomain(change.domainCode());
        Long organisationId = input.checkCaller(change.organisationId(), change.contactId());
        change(reference, version, ticket -> {
            Instant now = clock.instant();
            ticket.changeDomain(change.domainCode(), actor, now);
            ticket.changeLanguage(change.language(), actor, now);
            ticket.changeCaller(organisationId, change.contactId(), actor, now);
        });
    }

    /**
     * One page of a ticket list, with organisations and contacts loaded in one query each (never per row), for work
     * of the system (no person looks at it).
     */
    @Transactional(readOnly = true)
    public PagedResult<TicketSummary> find(TicketQuery query, @Nullable String cursor, int pageSize) {
        return pages.page(query, cursor, pageSize, Set.of());
    }

    /**
     * One page of a ticket list as {@code viewer} sees it: without the tickets they may not open (a complaint about a
     * person, docs/complaints.md), so a page may hold fewer rows; the cursor goes on after the rows read.
     */
    @Transactional(readOnly = true)
    public PagedResult<TicketSummary> find(TicketQuery query, @Nullable String cursor, int pageSize, String viewer) {
        Set<Long> hidden = new HashSet<>();
        privacy.orderedStream().forEach(p -> hidden.addAll(p.hiddenFrom(viewer)));
        return pages.page(query, cursor, pageSize, hidden);
    }

    /** Subject, status, type and language of tickets by reference, for lists of other modules (one query). */
    @Transactional(readOnly = true)
    public Map<String, TicketHeadline> headlines(Collection<String> references) {
        return search.headlines(references);
    }

    /**
     * An expert takes an escalated ticket from a queue list, where no version is at hand: only a ticket nobody has
     * taken can be taken, so two experts taking the same row cannot both get it.
     */
    @Transactional
    public void takeFromQueue(String reference, String actor) {
        requireBackoffice(actor);
        Ticket ticket = tickets.findForChangeByReference(reference)
                .orElseThrow(() -> TicketNotFoundException.forReference(reference));
        ticket.take(actor, clock.instant());
        tickets.save(ticket);
    }

    /** How many tickets a query matches, up to {@value TicketSearch#COUNT_CAP}; more shows as "1000+". */
    @Transactional(readOnly = true)
    public int count(TicketQuery query) {
        return search.count(query);
    }

    /**
     * How many tickets a query matches, up to {@code cap}: cheap enough to ask for every inbox view at each search
     * (the counts of the other views beside a search's results).
     */
    @Transactional(readOnly = true)
    public int count(TicketQuery query, int cap) {
        return search.count(query, cap);
    }

    /**
     * The existing ticket a text names by its reference ("cmi-2026-123" finds CMI-2026-000123), for the search
     * field that opens a ticket directly.
     */
    @Transactional(readOnly = true)
    public Optional<String> findReference(String text) {
        String reference = TicketSearch.reference(text);
        return reference == null || search.headlines(List.of(reference)).isEmpty()
                ? Optional.empty()
                : Optional.of(reference);
    }

    /** The id of a ticket by its reference, for modules that keep their own rows about tickets (the mail module). */
    @Transactional(readOnly = true)
    public Optional<Long> findId(String reference) {
        return tickets.findIdByReference(reference);
    }

    /** The reference of a ticket by its id: the way back from a module's own rows to the ticket. */
    @Transactional(readOnly = true)
    public Optional<String> referenceOf(long ticketId) {
        return tickets.findReferenceById(ticketId);
    }

    /** Questions of an organisation in the last 12 months, by domain and channel: the CRM view's figures. */
    @Transactional(readOnly = true)
    public OrganisationFigures figures(long organisationId) {
        LocalDate since = LocalDate.now(clock).minusMonths(12);
        return new OrganisationFigures(
                since,
                search.figures(
                        organisationId, since.atStartOfDay(BusinessTime.ZONE).toInstant()));
    }

    /** Refuses a ticket another module keeps from this viewer (a complaint about a person: docs/complaints.md). */
    private void requireVisible(Ticket ticket, String viewer) {
        if (privacy.orderedStream().anyMatch(p -> !p.mayView(ticket.id(), viewer))) {
            throw new NotPermittedException("ticket.permission.private");
        }
    }

    private @Nullable ArticleCitation cite(@Nullable Long faqVersionId, String reference, String actor) {
        if (faqVersionId == null) {
            return null;
        }
        return knowledge
                .cite(faqVersionId, reference, actor)
                .orElseThrow(() -> new InvalidTicketException("faqVersionId", "ticket.faq.unknownVersion"));
    }

    private void change(String reference, int version, Consumer<Ticket> action) {
        Ticket ticket = tickets.findForChangeByReference(reference)
                .orElseThrow(() -> TicketNotFoundException.forReference(reference));
        if (ticket.version() != version) {
            throw new ObjectOptimisticLockingFailureException(Ticket.class, reference);
        }
        action.accept(ticket);
        tickets.save(ticket);
    }
}

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
import be.miis.frontdesk.organisation.ContactView;
import be.miis.frontdesk.organisation.OrganisationService;
import be.miis.frontdesk.organisation.OrganisationSummary;
import be.miis.frontdesk.shared.BusinessTime;
import be.miis.frontdesk.shared.DomainCatalogue;
import be.miis.frontdesk.shared.InputDates;
import be.miis.frontdesk.shared.KeysetCursor;
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
import java.util.function.Consumer;
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

    private static final int SUBJECT_FROM_QUESTION = 80;
    /** The longest text of a timeline entry written through a form (as the forms' own check). */
    private static final int TEXT_MAX = 20_000;

    private final TicketRepository tickets;
    private final TicketReferences references;
    private final TicketSearch search;
    private final OrganisationService organisations;
    private final DomainCatalogue domains;
    private final AuditLog audit;
    private final KnowledgeService knowledge;
    private final IdentityService users;
    private final Permissions permissions;
    private final ObjectProvider<TicketGuarantees> guarantees;
    private final Clock clock;

    TicketService(
            TicketRepository tickets,
            TicketReferences references,
            TicketSearch search,
            OrganisationService organisations,
            DomainCatalogue domains,
            AuditLog audit,
            KnowledgeService knowledge,
            IdentityService users,
            Permissions permissions,
            ObjectProvider<TicketGuarantees> guarantees,
            Clock clock) {
        this.tickets = tickets;
        this.references = references;
        this.search = search;
        this.organisations = organisations;
        this.domains = domains;
        this.audit = audit;
        this.knowledge = knowledge;
        this.users = users;
        this.permissions = permissions;
        this.guarantees = guarantees;
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
        requireNote(escalation.note(), false);
        Instant now = clock.instant();
        requireDomain(command.domainCode());
        Long organisationId = checkCaller(command.organisationId(), command.contactId());
        if (command.outcome() == OpenTicket.Outcome.ANSWERED && isBlank(command.answer())) {
            throw new InvalidTicketException("answer", "ticket.answer.required");
        }
        Instant receivedAt = command.receivedAt() == null ? now : command.receivedAt();
        if (InputDates.isOutside(receivedAt)) {
            throw new InvalidTicketException("receivedAt", InputDates.REFUSED_KEY);
        }
        if (receivedAt.isAfter(now.plusSeconds(60))) {
            throw new InvalidTicketException("receivedAt", "ticket.receivedAt.future");
        }
        Ticket ticket = new Ticket(
                references.next(receivedAt),
                new TicketDetails(
                        command.channel(),
                        command.type(),
                        command.domainCode(),
                        command.language(),
                        organisationId,
                        command.contactId(),
                        subjectOf(command),
                        command.description().strip(),
                        receivedAt,
                        command.callDurationSeconds()),
                actor,
                now);
        switch (command.outcome()) {
            case ANSWERED ->
                ticket.answer(
                        Objects.requireNonNull(command.answer()).strip(),
                        command.channel(),
                        cite(command.faqVersionId(), ticket.reference(), actor),
                        actor,
                        now);
            case ESCALATED -> {
                // The escalation event needs the id, which the database assigns on the first save.
                tickets.saveAndFlush(ticket);
                ticket.escalate(escalation, actor, now);
            }
            case OPEN -> {}
        }
        tickets.save(ticket);
        return ticket.reference();
    }

    /** The ticket with its timeline. Opening a ticket shows personal data, so it is recorded in the audit trail. */
    @Transactional
    public TicketView get(String reference, String viewer) {
        Ticket ticket =
                tickets.findByReference(reference).orElseThrow(() -> TicketNotFoundException.forReference(reference));
        audit.record(viewer, AuditAction.VIEWED, "ticket", ticket.reference(), null);
        return view(ticket);
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
    public void addNote(String reference, String text, String actor) {
        Ticket ticket = tickets.findForChangeByReference(reference)
                .orElseThrow(() -> TicketNotFoundException.forReference(reference));
        ticket.addNote(text.strip(), actor, clock.instant());
    }

    /** A message of the customer, taken by phone or typed in from a letter; resumes or reopens the ticket. */
    @Transactional
    public void receiveReply(String reference, String text, Channel channel, String actor) {
        Ticket ticket = tickets.findForChangeByReference(reference)
                .orElseThrow(() -> TicketNotFoundException.forReference(reference));
        ticket.receiveReply(text.strip(), channel, actor, clock.instant());
        // Saved explicitly (though managed) because save publishes the ticket's events: a reply resumes the clock.
        tickets.save(ticket);
    }

    /** Escalates to the ticket's domain queue with normal priority and no handover note. */
    @Transactional
    public void escalate(String reference, int version, String actor) {
        escalate(reference, version, EscalationRequest.toDomainQueue(), actor);
    }

    /**
     * Hands the ticket to a backoffice queue. The escalation module files it in the same transaction, so an
     * unknown or closed queue undoes the whole escalation.
     *
     * @throws InvalidTicketException for a handover note over {@link EscalationRequest#NOTE_MAX} characters
     */
    @Transactional
    public void escalate(String reference, int version, EscalationRequest request, String actor) {
        requireNote(request.note(), false);
        change(reference, version, ticket -> ticket.escalate(request, actor, clock.instant()));
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
        requireNote(note, true);
        change(reference, version, ticket -> ticket.returnToFrontdesk(note, actor, clock.instant()));
    }

    /**
     * Taking, dispatching and handing back an escalated ticket are the backoffice's decisions (docs/roles.md), on
     * every route that leads here: the ticket page, the queue list, the API.
     */
    private void requireBackoffice(String actor) {
        permissions.require(actor, "ticket.permission.backoffice", Role.EXPERT);
    }

    private static void requireNote(@Nullable String note, boolean required) {
        if (required && isBlank(note)) {
            throw new InvalidTicketException("note", "ticket.note.required");
        }
        if (note != null && note.strip().length() > EscalationRequest.NOTE_MAX) {
            throw new InvalidTicketException("note", "ticket.note.tooLong");
        }
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
        String asked = requiredText("text", request);
        change(reference, version, ticket -> ticket.waitForCustomer(asked, actor, clock.instant()));
    }

    /**
     * Resumes a waiting ticket with what was received, recorded as the customer's message.
     *
     * @throws InvalidTicketException for a missing or too long text
     */
    @Transactional
    public void resume(String reference, int version, String received, Channel channel, String actor) {
        String text = requiredText("text", received);
        change(reference, version, ticket -> ticket.resume(text, channel, actor, clock.instant()));
    }

    private static String requiredText(String field, @Nullable String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidTicketException(field, "ticket.text.required");
        }
        if (text.strip().length() > TEXT_MAX) {
            throw new InvalidTicketException(field, "ticket.text.size");
        }
        return text.strip();
    }

    @Transactional
    public void close(String reference, int version, String actor) {
        change(reference, version, ticket -> ticket.close(actor, clock.instant()));
    }

    @Transactional
    public void reopen(String reference, int version, String actor) {
        change(reference, version, ticket -> ticket.reopen(actor, clock.instant()));
    }

    /** Corrects domain, language and caller; each change that really changes something lands in the timeline. */
    @Transactional
    public void reclassify(String reference, int version, TicketChange change, String actor) {
        requireDomain(change.domainCode());
        Long organisationId = checkCaller(change.organisationId(), change.contactId());
        change(reference, version, ticket -> {
            Instant now = clock.instant();
            ticket.changeDomain(change.domainCode(), actor, now);
            ticket.changeLanguage(change.language(), actor, now);
            ticket.changeCaller(organisationId, change.contactId(), actor, now);
        });
    }

    /** One page of a ticket list, with organisations and contacts loaded in one query each (never per row). */
    @Transactional(readOnly = true)
    public PagedResult<TicketSummary> find(TicketQuery query, @Nullable String cursor, int pageSize) {
        if (InputDates.isOutside(query.from())) {
            throw new InvalidTicketException("from", InputDates.REFUSED_KEY);
        }
        if (InputDates.isOutside(query.to())) {
            throw new InvalidTicketException("to", InputDates.REFUSED_KEY);
        }
        List<TicketSearch.Row> rows = search.page(query, KeysetCursor.parse(cursor), pageSize + 1);
        List<TicketSearch.Row> page = rows.size() > pageSize ? rows.subList(0, pageSize) : rows;
        Set<Long> organisationIds = new HashSet<>();
        Set<Long> contactIds = new HashSet<>();
        page.forEach(row -> {
            if (row.organisationId() != null) {
                organisationIds.add(row.organisationId());
            }
            if (row.contactId() != null) {
                contactIds.add(row.contactId());
            }
        });
        Map<Long, OrganisationSummary> organisationsById = organisations.summaries(organisationIds);
        Map<Long, ContactView> contactsById = organisations.contacts(contactIds);
        Map<Long, TicketGuarantee> guaranteesById = guarantees(page.stream()
                .filter(TicketSearch.Row::escalated)
                .map(TicketSearch.Row::id)
                .toList());
        List<TicketSummary> items = page.stream()
                .map(row -> new TicketSummary(
                        row.id(),
                        row.reference(),
                        row.status(),
                        row.channel(),
                        row.type(),
                        row.domainCode(),
                        row.language(),
                        row.organisationId() == null ? null : organisationsById.get(row.organisationId()),
                        row.contactId() == null || !contactsById.containsKey(row.contactId())
                                ? null
                                : contactsById.get(row.contactId()).fullName(),
                        row.subject(),
                        row.receivedAt(),
                        row.createdBy(),
                        row.assignee(),
                        guaranteesById.get(row.id())))
                .toList();
        String next = null;
        if (rows.size() > pageSize) {
            TicketSearch.Row last = page.get(page.size() - 1);
            next = new KeysetCursor(last.receivedAt(), last.id()).toString();
        }
        return new PagedResult<>(items, next);
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

    /** Questions of an organisation in the last 12 months, by domain and channel: the CRM view's figures. */
    @Transactional(readOnly = true)
    public OrganisationFigures figures(long organisationId) {
        LocalDate since = LocalDate.now(clock).minusMonths(12);
        return new OrganisationFigures(
                since,
                search.figures(
                        organisationId, since.atStartOfDay(BusinessTime.ZONE).toInstant()));
    }

    private Map<Long, TicketGuarantee> guarantees(List<Long> ticketIds) {
        TicketGuarantees port = this.guarantees.getIfAvailable();
        return port == null || ticketIds.isEmpty() ? Map.of() : port.of(ticketIds);
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

    private TicketView view(Ticket ticket) {
        OrganisationSummary organisation = ticket.organisationId() == null
                ? null
                : organisations.findSummary(ticket.organisationId()).orElse(null);
        ContactView contact = ticket.contactId() == null
                ? null
                : organisations.findContact(ticket.contactId()).orElse(null);
        TicketGuarantee guarantee =
                ticket.escalated() ? guarantees(List.of(ticket.id())).get(ticket.id()) : null;
        return TicketView.of(ticket, organisation, contact, guarantee);
    }

    private void requireDomain(String code) {
        boolean known =
                domains.findAll().stream().anyMatch(domain -> domain.code().equals(code) && domain.active());
        if (!known) {
            throw new InvalidTicketException("domainCode", "ticket.domain.unknown");
        }
    }

    /** The organisation of the ticket: the one given, else the contact's; a contact must belong to it. */
    private @Nullable Long checkCaller(@Nullable Long organisationId, @Nullable Long contactId) {
        if (organisationId != null && organisations.findSummary(organisationId).isEmpty()) {
            throw new InvalidTicketException("organisationId", "ticket.organisation.unknown");
        }
        if (contactId == null) {
            return organisationId;
        }
        ContactView contact = organisations
                .findContact(contactId)
                .orElseThrow(() -> new InvalidTicketException("contactId", "ticket.contact.unknown"));
        if (organisationId != null && contact.organisationId() != organisationId) {
            throw new InvalidTicketException("contactId", "ticket.contact.otherOrganisation");
        }
        return contact.organisationId();
    }

    /** The subject is optional for speed: without one, the start of the question serves. */
    private static String subjectOf(OpenTicket command) {
        if (!isBlank(command.subject())) {
            return command.subject().strip();
        }
        String question = command.description().strip().replaceAll("\\s+", " ");
        return question.length() <= SUBJECT_FROM_QUESTION
                ? question
                : question.substring(0, SUBJECT_FROM_QUESTION - 1) + "…";
    }

    private static boolean isBlank(@Nullable String value) {
        return value == null || value.isBlank();
    }
}

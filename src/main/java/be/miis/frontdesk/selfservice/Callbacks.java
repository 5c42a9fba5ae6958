package be.miis.frontdesk.selfservice;

import be.miis.frontdesk.escalation.OpeningSlots;
import be.miis.frontdesk.escalation.OpeningSlots.Slot;
import be.miis.frontdesk.identity.AuditAction;
import be.miis.frontdesk.identity.AuditLog;
import be.miis.frontdesk.identity.Permissions;
import be.miis.frontdesk.identity.Role;
import be.miis.frontdesk.selfservice.ArticleViews.FollowUp;
import be.miis.frontdesk.shared.KeysetCursor;
import be.miis.frontdesk.shared.PagedResult;
import be.miis.frontdesk.ticket.OpenTicket;
import be.miis.frontdesk.ticket.TicketService;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Call me back" (docs/portal.md): the slots the portal offers, the request that becomes a call-back task, and the
 * frontdesk's work on it — the due list, taking one, logging each call. Call-backs hold a caller's phone number and
 * name, so the frontdesk's part is for AGENT and EXPERT (docs/roles.md, rule 1), and opening one is audited as
 * opening a ticket is.
 */
@Service
public class Callbacks {

    static final String AUDIT_TARGET = "callback";
    private static final String NOT_PERMITTED = "callback.error.notPermitted";

    private final CallbackRepository callbacks;
    private final OpeningSlots openingSlots;
    private final TicketService tickets;
    private final ArticleViews views;
    private final Permissions permissions;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final CallbackProperties properties;
    private final Clock clock;

    Callbacks(
            CallbackRepository callbacks,
            OpeningSlots openingSlots,
            TicketService tickets,
            ArticleViews views,
            Permissions permissions,
            AuditLog audit,
            ApplicationEventPublisher events,
            CallbackProperties properties,
            Clock clock) {
        this.callbacks = callbacks;
        this.openingSlots = openingSlots;
        this.tickets = tickets;
        this.views = views;
        this.permissions = permissions;
        this.audit = audit;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
    }

    /** The slots a visitor may choose now: within the opening hours of the next working days, after the lead time. */
    public List<Slot> offeredSlots() {
        return openingSlots.next(
                clock.instant().plus(properties.leadTime()), properties.workingDays(), properties.slotLength());
    }

    /** The offered slot that starts at that instant, if any. */
    public Optional<Slot> offeredSlot(Instant start) {
        return offeredSlots().stream().filter(s -> s.start().equals(start)).findFirst();
    }

    /**
     * Records a visitor's request as a call-back due at its slot; counts it for the article it came from; and, with
     * an e-mail address, has the mail module confirm it (after the commit). Returns the call-back's id.
     *
     * @throws InvalidCallbackException for a number one cannot call or a slot not offered now
     */
    @Transactional
    public long request(CallbackInput input) {
        String phone = PhoneNumbers.normalise(input.phone())
                .orElseThrow(() -> new InvalidCallbackException("phone", "portal.callback.error.phone"));
        Slot slot = offeredSlot(input.slotStart())
                .orElseThrow(() -> new InvalidCallbackException("slot", "portal.callback.error.slot"));
        CallbackInput checked = new CallbackInput(
                phone,
                input.name(),
                input.organisation(),
                input.email(),
                input.language(),
                slot.start(),
                slot.end(),
                input.question(),
                input.articleId());
        CallbackRequest callback = callbacks.save(new CallbackRequest(checked, phone, clock.instant()));
        if (input.articleId() != null) {
            views.followedUp(input.articleId(), FollowUp.CALLBACK);
        }
        if (callback.email() != null) {
            events.publishEvent(new CallbackRequested(
                    callback.id(),
                    callback.email(),
                    callback.name(),
                    callback.language(),
                    callback.slotStart(),
                    callback.slotEnd()));
        }
        return callback.id();
    }

    /** The due call-backs, the earliest first, a page at a time (keyset on due time and id). */
    @Transactional(readOnly = true)
    public PagedResult<CallbackView> due(@Nullable String cursor, int pageSize, String viewer) {
        permissions.require(viewer, NOT_PERMITTED, Role.AGENT, Role.EXPERT);
        KeysetCursor after = KeysetCursor.parse(cursor);
        Instant now = clock.instant();
        List<CallbackRequest> rows = callbacks.findDueAfter(
                after == null ? Instant.EPOCH : after.at(), after == null ? Long.MIN_VALUE : after.id(), pageSize + 1);
        return PagedResult.ofOneMore(
                rows.stream().map(c -> view(c, now, false)).toList(),
                pageSize,
                v -> new KeysetCursor(v.dueAt(), v.id()));
    }

    /** One call-back with its calls. It shows a caller's number and name, so it is on the audit trail. */
    @Transactional
    public CallbackView get(long id, String viewer) {
        permissions.require(viewer, NOT_PERMITTED, Role.AGENT, Role.EXPERT);
        CallbackRequest callback = find(id);
        audit.record(viewer, AuditAction.VIEWED, AUDIT_TARGET, Long.toString(id), null);
        return view(callback, clock.instant(), true);
    }

    /**
     * The agent takes the call-back to call now. Another agent's claim holds for the claim timeout: taking it
     * then is refused with who has it ({@link CallbackTakenException}); a version other than the one the agent
     * saw means someone acted meanwhile (an optimistic-locking failure, answered as a conflict).
     */
    @Transactional
    public void take(long id, int version, String agent) {
        take(id, version, agent, clock.instant());
    }

    /** {@link #take(long, int, String)} at a given instant, in the caller's transaction (tests move time). */
    void take(long id, int version, String agent, Instant now) {
        permissions.require(agent, NOT_PERMITTED, Role.AGENT, Role.EXPERT);
        CallbackRequest callback = current(id, version);
        callback.take(agent, now, properties.claimTimeout());
        audit.record(agent, AuditAction.CHANGED, AUDIT_TARGET, Long.toString(id), "taken");
        callbacks.flush();
    }

    /**
     * The caller was reached: a PHONE ticket is opened with the caller and the question (the agent completes it on
     * the ticket page), and the call-back is done and linked to it. Returns the ticket's reference.
     */
    @Transactional
    public String reached(long id, int version, String domainCode, String ticketText, String agent) {
        permissions.require(agent, NOT_PERMITTED, Role.AGENT, Role.EXPERT);
        CallbackRequest callback = current(id, version);
        Instant now = clock.instant();
        // Refused before the ticket is opened when another agent holds it or it is done.
        callback.take(agent, now, properties.claimTimeout());
        String reference = tickets.open(
                new OpenTicket(
                        be.miis.frontdesk.ticket.Channel.PHONE,
                        be.miis.frontdesk.ticket.TicketType.QUESTION,
                        domainCode,
                        callback.language(),
                        null,
                        null,
                        be.miis.frontdesk.shared.TextCut.shortened(
                                callback.question().replaceAll("\\s+", " "), 200),
                        ticketText,
                        null,
                        null,
                        OpenTicket.Outcome.OPEN,
                        null),
                agent);
        callback.reached(agent, reference, now, properties.claimTimeout());
        audit.record(agent, AuditAction.CHANGED, AUDIT_TARGET, Long.toString(id), "reached " + reference);
        callbacks.flush();
        return reference;
    }

    /**
     * Nobody answered: the attempt is recorded, and the call-back is due again after the retry delay (a failed call
     * logged before then is refused: {@link CallbackTooSoonException}; "reached" may come any time); the last
     * attempt closes it and, with an e-mail address, has the mail module say so. Returns whether it closed.
     */
    @Transactional
    public boolean notReached(long id, int version, String agent) {
        return notReached(id, version, agent, clock.instant());
    }

    /** {@link #notReached(long, int, String)} at a given instant, in the caller's transaction (tests move time). */
    boolean notReached(long id, int version, String agent, Instant now) {
        permissions.require(agent, NOT_PERMITTED, Role.AGENT, Role.EXPERT);
        CallbackRequest callback = current(id, version);
        boolean closed = callback.notReached(
                agent, now, properties.claimTimeout(), properties.retryDelay(), properties.maxAttempts());
        audit.record(
                agent,
                AuditAction.CHANGED,
                AUDIT_TARGET,
                Long.toString(id),
                "not reached " + callback.attempts() + "/" + properties.maxAttempts());
        if (closed && callback.email() != null) {
            events.publishEvent(
                    new CallbackNotReached(callback.id(), callback.email(), callback.name(), callback.language()));
        }
        callbacks.flush();
        return closed;
    }

    public int maxAttempts() {
        return properties.maxAttempts();
    }

    private CallbackRequest current(long id, int version) {
        CallbackRequest callback = find(id);
        if (callback.version() != version) {
            throw new org.springframework.orm.ObjectOptimisticLockingFailureException(CallbackRequest.class, id);
        }
        return callback;
    }

    private CallbackRequest find(long id) {
        return callbacks.findById(id).orElseThrow(() -> new CallbackNotFoundException(id));
    }

    private CallbackView view(CallbackRequest c, Instant now, boolean withCalls) {
        return new CallbackView(
                c.id(),
                c.version(),
                c.phone(),
                PhoneNumbers.display(c.phone()),
                c.name(),
                c.organisation(),
                c.email(),
                c.language(),
                c.question(),
                c.slotStart(),
                c.slotEnd(),
                c.status(),
                c.dueAt(),
                c.attempts(),
                c.holder(now, properties.claimTimeout()),
                c.ticketReference(),
                c.requestedAt(),
                c.tooSoon(now),
                withCalls
                        ? c.calls().stream()
                                .map(a -> new CallbackView.Call(a.at(), a.agent(), a.outcome()))
                                .toList()
                        : List.of());
    }
}

package be.miis.frontdesk.escalation;

import be.miis.frontdesk.identity.Permissions;
import be.miis.frontdesk.identity.Role;
import be.miis.frontdesk.shared.KeysetCursor;
import be.miis.frontdesk.shared.NotPermittedException;
import be.miis.frontdesk.shared.PagedResult;
import be.miis.frontdesk.shared.WorkingTime;
import be.miis.frontdesk.ticket.TicketAnswered;
import be.miis.frontdesk.ticket.TicketAssigned;
import be.miis.frontdesk.ticket.TicketPaused;
import be.miis.frontdesk.ticket.TicketResumed;
import be.miis.frontdesk.ticket.TicketReturned;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The escalated tickets: where each stands against its guarantee, a queue's and an expert's open escalations a
 * page at a time, and the bookkeeping that follows the ticket's events (docs/architecture.md, "Events"). Filing a
 * ticket is {@link EscalationIntake}'s; queues, the calendar and the figures have services of their own.
 */
@Service
public class EscalationService {

    private final EscalationRepository escalations;
    private final WorkingCalendar calendar;
    private final Permissions permissions;
    private final Clock clock;

    EscalationService(
            EscalationRepository escalations, WorkingCalendar calendar, Permissions permissions, Clock clock) {
        this.escalations = escalations;
        this.calendar = calendar;
        this.permissions = permissions;
        this.clock = clock;
    }

    /** The escalation of a ticket, if it went to the backoffice. */
    @Transactional(readOnly = true)
    public Optional<EscalationView> findByTicket(String reference) {
        return escalations.findByTicketReference(reference).map(e -> view(e, clock.instant()));
    }

    /**
     * The open escalations of a queue, the nearest deadline first, a page at a time (keyset on deadline and id, so
     * a long queue costs the same on every page). A queue's work list is the backoffice's (docs/roles.md): the
     * frontdesk sees a ticket's own deadline on the ticket, managers the figures on their dashboard.
     *
     * @throws NotPermittedException when {@code viewer} is not an expert
     */
    @Transactional(readOnly = true)
    public PagedResult<EscalationView> findOpen(long queueId, @Nullable String cursor, int pageSize, String viewer) {
        permissions.require(viewer, "escalation.permission.queue", Role.EXPERT);
        return page(
                cursor,
                pageSize,
                limit -> escalations.findByQueueIdAndAnsweredAtIsNullAndReturnedAtIsNullOrderByDeadlineAscIdAsc(
                        queueId, limit),
                (after, limit) -> escalations.findOpenAfter(queueId, after.at(), after.id(), limit));
    }

    /** "My escalations": the open escalations an expert has, the nearest deadline first (keyset, as a queue). */
    @Transactional(readOnly = true)
    public PagedResult<EscalationView> findAssigned(String username, @Nullable String cursor, int pageSize) {
        return page(
                cursor,
                pageSize,
                limit -> escalations.findByAssigneeAndAnsweredAtIsNullOrderByDeadlineAscIdAsc(username, limit),
                (after, limit) -> escalations.findMineAfter(username, after.at(), after.id(), limit));
    }

    private PagedResult<EscalationView> page(
            @Nullable String cursor,
            int pageSize,
            Function<Limit, List<Escalation>> first,
            BiFunction<KeysetCursor, Limit, List<Escalation>> next) {
        KeysetCursor after = KeysetCursor.parse(cursor);
        Limit limit = Limit.of(pageSize + 1);
        List<Escalation> rows = after == null ? first.apply(limit) : next.apply(after, limit);
        boolean more = rows.size() > pageSize;
        List<Escalation> page = more ? rows.subList(0, pageSize) : rows;
        Escalation last = page.isEmpty() ? null : page.get(page.size() - 1);
        String nextCursor = more && last != null
                ? new KeysetCursor(last.deadline(), Objects.requireNonNull(last.id())).toString()
                : null;
        Instant now = clock.instant();
        return new PagedResult<>(page.stream().map(e -> view(e, now)).toList(), nextCursor);
    }

    /**
     * The guarantee of escalated tickets, by ticket id, for lists and the ticket JSON (one query for a whole page).
     */
    @Transactional(readOnly = true)
    public Map<Long, EscalationView> findByTickets(Collection<Long> ticketIds) {
        if (ticketIds.isEmpty()) {
            return Map.of();
        }
        Instant now = clock.instant();
        return escalations.findByTicketIdIn(ticketIds).stream()
                .collect(Collectors.toMap(Escalation::ticketId, e -> view(e, now)));
    }

    void paused(TicketPaused event) {
        escalations.findByTicketId(event.ticketId()).ifPresent(e -> e.pause(event.pausedAt()));
    }

    void resumed(TicketResumed event) {
        escalations.findByTicketId(event.ticketId()).ifPresent(e -> e.resume(event.resumedAt(), calendar.current()));
    }

    void answered(TicketAnswered event) {
        escalations.findByTicketId(event.ticketId()).ifPresent(e -> e.answer(event.answeredAt(), calendar.current()));
    }

    void assigned(TicketAssigned event) {
        escalations.findByTicketId(event.ticketId()).ifPresent(e -> e.assign(event.assignee()));
    }

    void returned(TicketReturned event) {
        escalations.findByTicketId(event.ticketId()).ifPresent(e -> e.returnToFrontdesk(event.at()));
    }

    private EscalationView view(Escalation e, Instant now) {
        BusinessCalendar working = calendar.current();
        SlaState state = e.state(now);
        Duration between =
                switch (state) {
                    case ON_TIME, AT_RISK -> working.workingTimeBetween(now, e.deadline());
                    case BREACHED -> working.workingTimeBetween(e.deadline(), now);
                    case MET, MISSED -> Duration.ZERO;
                };
        Duration day = working.hours().dayLength();
        boolean days = between.compareTo(day) >= 0;
        return new EscalationView(
                e.ticketReference(),
                e.queueId(),
                e.receivedAt(),
                e.deadline(),
                state,
                days ? between.toMinutes() / day.toMinutes() : (long) Math.ceil(between.toMinutes() / 60.0),
                days ? "d" : "h",
                e.pausedSince() != null,
                e.answeredAt(),
                e.priority(),
                e.assignee(),
                e.returnedAt() != null,
                e.workingTimeUsed(working, now),
                WorkingTime.of(between, day));
    }
}

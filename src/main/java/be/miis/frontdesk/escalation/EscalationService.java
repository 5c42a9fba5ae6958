package be.miis.frontdesk.escalation;

import be.miis.frontdesk.identity.IdentityService;
import be.miis.frontdesk.identity.Permissions;
import be.miis.frontdesk.identity.Role;
import be.miis.frontdesk.identity.UserView;
import be.miis.frontdesk.shared.BusinessTime;
import be.miis.frontdesk.shared.KeysetCursor;
import be.miis.frontdesk.shared.NotPermittedException;
import be.miis.frontdesk.shared.PagedResult;
import be.miis.frontdesk.shared.WorkingTime;
import be.miis.frontdesk.ticket.TicketAnswered;
import be.miis.frontdesk.ticket.TicketAssigned;
import be.miis.frontdesk.ticket.TicketPaused;
import be.miis.frontdesk.ticket.TicketResumed;
import be.miis.frontdesk.ticket.TicketReturned;
import be.miis.frontdesk.ticket.TicketType;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Limit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The escalation module's API: the queues, the escalated tickets in them and their deadlines. */
@Service
public class EscalationService {

    private static final int DEFAULT_SLA_DAYS = 2;

    private final EscalationQueueRepository queues;
    private final EscalationRepository escalations;
    private final WorkingCalendar calendar;
    private final JdbcClient jdbc;
    private final IdentityService users;
    private final Permissions permissions;
    private final CalendarReapplication reapplication;
    private final Clock clock;

    EscalationService(
            EscalationQueueRepository queues,
            EscalationRepository escalations,
            WorkingCalendar calendar,
            JdbcClient jdbc,
            IdentityService users,
            Permissions permissions,
            CalendarReapplication reapplication,
            Clock clock) {
        this.queues = queues;
        this.escalations = escalations;
        this.calendar = calendar;
        this.jdbc = jdbc;
        this.users = users;
        this.permissions = permissions;
        this.reapplication = reapplication;
        this.clock = clock;
    }

    /** All backoffice queues, in the order they were set up (domains first, complaints last). */
    @Transactional(readOnly = true)
    public List<QueueSummary> findQueues() {
        return queues.findAllByOrderById().stream()
                .map(EscalationQueue::toSummary)
                .toList();
    }

    @Transactional(readOnly = true)
    public Optional<QueueSummary> findQueue(long id) {
        return queues.findById(id).map(EscalationQueue::toSummary);
    }

    /** Open escalations per queue id, for the queue overview (one grouped query on the partial index). */
    @Transactional(readOnly = true)
    public Map<Long, Long> countOpenByQueue() {
        return jdbc.sql("""
                        select queue_id, count(*) as n from escalation
                        where answered_at is null and returned_at is null group by queue_id
                        """).query((rs, n) -> Map.entry(rs.getLong("queue_id"), rs.getLong("n"))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /**
     * Open escalations (in a queue, not handed back) by where they stand now: ON_TIME, AT_RISK and BREACHED, each
     * present. One waiting for the customer is judged as it stood when the clock stopped, as {@link SlaState} is.
     */
    @Transactional(readOnly = true)
    public Map<SlaState, Long> countOpenBySlaState() {
        return jdbc.sql("""
                        select count(*) filter (where judged < at_risk_at) as on_time,
                               count(*) filter (where judged >= at_risk_at and judged <= deadline) as at_risk,
                               count(*) filter (where judged > deadline) as breached
                        from (
                            select e.at_risk_at, e.deadline, least(:now, coalesce(p.paused_at, :now)) as judged
                            from escalation e
                            left join escalation_pause p on p.escalation_id = e.id and p.resumed_at is null
                            where e.answered_at is null and e.returned_at is null
                        ) open
                        """)
                .param("now", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .query((rs, n) -> Map.of(
                        SlaState.ON_TIME, rs.getLong("on_time"),
                        SlaState.AT_RISK, rs.getLong("at_risk"),
                        SlaState.BREACHED, rs.getLong("breached")))
                .single();
    }

    /**
     * Escalations whose deadline fell from {@code from} (included) to {@code to} (excluded) and passed without an
     * answer before it: answered late, or still open after it.
     */
    @Transactional(readOnly = true)
    public long countBreaches(Instant from, Instant to) {
        Instant now = clock.instant();
        return jdbc.sql("""
                        select count(*) from escalation
                        where deadline >= :from and deadline < :to and deadline < :now
                          and (answered_at is null or answered_at > deadline)
                        """)
                .param("from", OffsetDateTime.ofInstant(from, ZoneOffset.UTC))
                .param("to", OffsetDateTime.ofInstant(to, ZoneOffset.UTC))
                .param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .query(Long.class)
                .single();
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
     * The workload of a queue per expert, for its lead: open escalations each has, and how many of them wait for
     * the customer, are at risk or are breached now; null username = nobody has taken them yet. One grouped
     * query over the queue's open escalations.
     */
    @Transactional(readOnly = true)
    public List<Workload> workload(long queueId) {
        return jdbc.sql("""
                        select e.assignee,
                               count(*) as open,
                               count(*) filter (where p.escalation_id is not null) as waiting,
                               count(*) filter (where p.escalation_id is null and e.at_risk_at <= :now
                                                  and e.deadline >= :now) as at_risk,
                               count(*) filter (where p.escalation_id is null and e.deadline < :now) as breached
                        from escalation e
                        left join escalation_pause p on p.escalation_id = e.id and p.resumed_at is null
                        where e.queue_id = :queue and e.answered_at is null and e.returned_at is null
                        group by e.assignee
                        order by e.assignee nulls first
                        """)
                .param("queue", queueId)
                .param("now", Timestamp.from(clock.instant()))
                .query((rs, n) -> new Workload(
                        rs.getString("assignee"),
                        rs.getLong("open"),
                        rs.getLong("waiting"),
                        rs.getLong("at_risk"),
                        rs.getLong("breached")))
                .list();
    }

    /** The queues an expert works or leads. */
    @Transactional(readOnly = true)
    public List<QueueSummary> findQueuesOf(String username) {
        return findQueues().stream().filter(q -> q.involves(username)).toList();
    }

    /**
     * An admin's change of a queue: names, guarantee in working days, open or closed, lead and members. A new
     * guarantee is re-applied to the queue's open escalations from their history, in this transaction.
     *
     * @throws InvalidEscalationException for a blank or too long name, working days outside 1 to 30, or a lead
     *     or member who is not an enabled expert (a manager may lead)
     */
    @Transactional
    public void changeQueue(long id, int version, QueueChange change) {
        EscalationQueue queue =
                queues.findById(id).orElseThrow(() -> new InvalidEscalationException("id", "escalation.queue.unknown"));
        if (queue.version() != version) {
            throw new ObjectOptimisticLockingFailureException(EscalationQueue.class, id);
        }
        requireName("nameNl", change.nameNl());
        requireName("nameFr", change.nameFr());
        requireName("nameDe", change.nameDe());
        requireName("nameEn", change.nameEn());
        if (change.slaWorkingDays() < 1 || change.slaWorkingDays() > 30) {
            throw new InvalidEscalationException("slaWorkingDays", "escalation.queue.slaRange");
        }
        if (change.leadUsername() != null && !isUser(change.leadUsername(), Role.EXPERT, Role.MANAGER)) {
            throw new InvalidEscalationException("leadUsername", "escalation.queue.notExpert");
        }
        for (String member : change.members()) {
            if (!isUser(member, Role.EXPERT)) {
                throw new InvalidEscalationException("members", "escalation.queue.notExpert");
            }
        }
        boolean slaChanged = queue.slaWorkingDays() != change.slaWorkingDays();
        queue.change(
                change.nameNl().strip(),
                change.nameFr().strip(),
                change.nameDe().strip(),
                change.nameEn().strip(),
                change.slaWorkingDays(),
                change.active(),
                change.leadUsername(),
                change.members());
        queues.save(queue);
        if (slaChanged) {
            reapplication.reapply(calendar.current(), Map.of(id, change.slaWorkingDays()), change.slaWorkingDays(), id);
        }
    }

    private boolean isUser(String username, Role... roles) {
        return users.findByUsername(username)
                .filter(UserView::enabled)
                .filter(u -> Arrays.stream(roles).anyMatch(u::hasRole))
                .isPresent();
    }

    private static void requireName(String field, String name) {
        if (name.isBlank() || name.strip().length() > 120) {
            throw new InvalidEscalationException(field, "escalation.queue.name");
        }
    }

    /** The enabled experts, who can be members and be assigned tickets. */
    @Transactional(readOnly = true)
    public List<UserView> experts() {
        return users.findAll().stream()
                .filter(u -> u.enabled() && u.hasRole(Role.EXPERT))
                .toList();
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

    /** The days the contact centre is closed in a year: Belgian public holidays and the extra closure days. */
    @Transactional(readOnly = true)
    public List<ClosureDay> closureDays(int year) {
        List<ClosureDay> days = new ArrayList<>(BelgianHolidays.of(year));
        days.addAll(jdbc.sql("""
                        select day, name_nl, name_fr from closure_day
                        where day >= make_date(:year, 1, 1) and day < make_date(:year + 1, 1, 1)
                        """)
                .param("year", year)
                .query((rs, n) -> new ClosureDay(
                        rs.getObject("day", LocalDate.class), rs.getString("name_nl"), rs.getString("name_fr"), false))
                .list());
        days.sort(Comparator.comparing(ClosureDay::date));
        return days;
    }

    /**
     * Closes the contact centre on one more day (a bridge day, 15 November) and moves the deadlines of every open
     * escalation accordingly, in this transaction.
     *
     * @throws InvalidCalendarException for a blank or too long name, or a day that is closed already
     */
    @Transactional
    public int addClosureDay(LocalDate day, String nameNl, String nameFr) {
        for (var name : List.of(Map.entry("nameNl", nameNl), Map.entry("nameFr", nameFr))) {
            if (name.getValue().isBlank() || name.getValue().strip().length() > 120) {
                throw new InvalidCalendarException(name.getKey(), "escalation.calendar.name");
            }
        }
        if (closureDays(day.getYear()).stream().anyMatch(d -> d.date().equals(day))) {
            throw new InvalidCalendarException("day", "escalation.calendar.alreadyClosed");
        }
        jdbc.sql("insert into closure_day (day, name_nl, name_fr) values (:day, :nl, :fr)")
                .param("day", day)
                .param("nl", nameNl.strip())
                .param("fr", nameFr.strip())
                .update();
        return reapplyCalendar();
    }

    /**
     * The open escalations whose working time runs through this day, from the receipt to the current deadline:
     * those whose deadline moves when the day opens or closes (docs/languages-and-exports.md).
     */
    @Transactional(readOnly = true)
    public long openEscalationsSpanning(LocalDate day) {
        return jdbc.sql("""
                        select count(*) from escalation
                        where answered_at is null and received_at < :dayEnd and deadline > :dayStart
                        """)
                .param(
                        "dayStart",
                        Timestamp.from(day.atStartOfDay(BusinessTime.ZONE).toInstant()))
                .param(
                        "dayEnd",
                        Timestamp.from(
                                day.plusDays(1).atStartOfDay(BusinessTime.ZONE).toInstant()))
                .query(Long.class)
                .single();
    }

    /** Opens the contact centre again on an extra closure day; public holidays cannot be removed. */
    @Transactional
    public int removeClosureDay(LocalDate day) {
        int removed = jdbc.sql("delete from closure_day where day = :day")
                .param("day", day)
                .update();
        return removed == 0 ? 0 : reapplyCalendar();
    }

    /**
     * Recomputes the deadline of every open escalation from its history (received-at and pauses) on the calendar
     * as it is now, with the guarantee of its queue; returns how many were recomputed. Set-based, a page at a time
     * ({@link CalendarReapplication}).
     */
    @Transactional
    public int reapplyCalendar() {
        calendar.refresh();
        return reapplication.reapply(calendar.current(), slaDaysByQueue(), DEFAULT_SLA_DAYS, null);
    }

    private Map<Long, Integer> slaDaysByQueue() {
        return queues.findAll().stream()
                .collect(Collectors.toMap(EscalationQueue::id, EscalationQueue::slaWorkingDays));
    }

    /** The opening hours per weekday, as the calendar uses them now. */
    @Transactional(readOnly = true)
    public Map<DayOfWeek, List<OpeningInterval>> openingHours() {
        return calendar.openingHours();
    }

    /**
     * New opening hours, re-applied to every open escalation from its history in this transaction.
     *
     * @throws InvalidCalendarException for a week without opening hours, overlapping or empty intervals
     */
    @Transactional
    public int changeOpeningHours(Map<DayOfWeek, List<OpeningInterval>> hours) {
        calendar.replaceOpeningHours(OpeningHours.of(hours));
        return reapplyCalendar();
    }

    /** The deadline the engine computes for a number of working days from an instant, on the current calendar. */
    public Instant deadline(Instant from, int workingDays) {
        BusinessCalendar working = calendar.current();
        return working.deadline(from, working.workingDays(workingDays));
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

    /** The queue the escalate form preselects for a ticket of this domain and type. */
    @Transactional(readOnly = true)
    public Optional<QueueSummary> suggestQueue(String domainCode, TicketType type) {
        return queues.suggestedFor(domainCode, type).map(EscalationQueue::toSummary);
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

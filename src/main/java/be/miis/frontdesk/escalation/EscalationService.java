package be.miis.frontdesk.escalation;

import be.miis.frontdesk.shared.KeysetCursor;
import be.miis.frontdesk.shared.PagedResult;
import be.miis.frontdesk.ticket.TicketAnswered;
import be.miis.frontdesk.ticket.TicketEscalated;
import be.miis.frontdesk.ticket.TicketPaused;
import be.miis.frontdesk.ticket.TicketType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Limit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The escalation module's API: the queues, the escalated tickets in them and their deadlines. */
@Service
public class EscalationService {

    private static final String COMPLAINTS = "COMPLAINTS";
    private static final int REAPPLY_BATCH = 500;

    private final EscalationQueueRepository queues;
    private final EscalationRepository escalations;
    private final WorkingCalendar calendar;
    private final JdbcClient jdbc;
    private final Clock clock;

    EscalationService(
            EscalationQueueRepository queues,
            EscalationRepository escalations,
            WorkingCalendar calendar,
            JdbcClient jdbc,
            Clock clock) {
        this.queues = queues;
        this.escalations = escalations;
        this.calendar = calendar;
        this.jdbc = jdbc;
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
        return jdbc
                .sql("select queue_id, count(*) as n from escalation where answered_at is null group by queue_id")
                .query((rs, n) -> Map.entry(rs.getLong("queue_id"), rs.getLong("n")))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** The escalation of a ticket, if it went to the backoffice. */
    @Transactional(readOnly = true)
    public Optional<EscalationView> findByTicket(String reference) {
        return escalations.findByTicketReference(reference).map(e -> view(e, clock.instant()));
    }

    /**
     * The open escalations of a queue, the nearest deadline first, a page at a time (keyset on deadline and id, so
     * a long queue costs the same on every page).
     */
    @Transactional(readOnly = true)
    public PagedResult<EscalationView> findOpen(long queueId, @Nullable String cursor, int pageSize) {
        KeysetCursor after = KeysetCursor.parse(cursor);
        Limit limit = Limit.of(pageSize + 1);
        List<Escalation> rows = after == null
                ? escalations.findByQueueIdAndAnsweredAtIsNullOrderByDeadlineAscIdAsc(queueId, limit)
                : escalations.findOpenAfter(queueId, after.at(), after.id(), limit);
        boolean more = rows.size() > pageSize;
        List<Escalation> page = more ? rows.subList(0, pageSize) : rows;
        Escalation last = page.isEmpty() ? null : page.get(page.size() - 1);
        String next = more && last != null
                ? new KeysetCursor(last.deadline(), Objects.requireNonNull(last.id())).toString()
                : null;
        Instant now = clock.instant();
        return new PagedResult<>(page.stream().map(e -> view(e, now)).toList(), next);
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
     * as it is now; returns how many were recomputed. A page of escalations at a time, their pauses fetched in
     * batches.
     */
    @Transactional
    public int reapplyCalendar() {
        calendar.refresh();
        BusinessCalendar working = calendar.current();
        int count = 0;
        long last = 0;
        List<Escalation> page;
        do {
            page = escalations.findByAnsweredAtIsNullAndIdGreaterThanOrderById(last, Limit.of(REAPPLY_BATCH));
            for (Escalation escalation : page) {
                escalation.schedule(working);
                last = Objects.requireNonNull(escalation.id());
            }
            escalations.flush();
            count += page.size();
        } while (page.size() == REAPPLY_BATCH);
        return count;
    }

    /** The deadline the engine computes for a number of working days from an instant, on the current calendar. */
    public Instant deadline(Instant from, int workingDays) {
        BusinessCalendar working = calendar.current();
        return working.deadline(from, working.workingDays(workingDays));
    }

    void open(TicketEscalated event) {
        if (escalations.findByTicketId(event.ticketId()).isPresent()) {
            return; // escalated before, answered and reopened: the first escalation's deadline still holds
        }
        EscalationQueue queue = queueFor(event);
        BusinessCalendar working = calendar.current();
        escalations.save(new Escalation(
                event.ticketId(),
                event.reference(),
                queue.id(),
                event.receivedAt(),
                working.workingDays(queue.slaWorkingDays()),
                working,
                event.escalatedBy(),
                event.escalatedAt()));
    }

    void paused(TicketPaused event) {
        escalations.findByTicketId(event.ticketId()).ifPresent(e -> {
            if (event.paused()) {
                e.pause(event.at());
            } else {
                e.resume(event.at(), calendar.current());
            }
        });
    }

    void answered(TicketAnswered event) {
        escalations.findByTicketId(event.ticketId()).ifPresent(e -> e.answer(event.answeredAt()));
    }

    private EscalationQueue queueFor(TicketEscalated event) {
        List<EscalationQueue> all = queues.findAllByOrderById();
        String code = event.type() == TicketType.COMPLAINT ? COMPLAINTS : event.domainCode();
        return all.stream()
                .filter(q -> q.active() && code.equals(q.code()))
                .findFirst()
                .or(() -> all.stream()
                        .filter(q -> q.active() && event.domainCode().equals(q.domainCode()))
                        .findFirst())
                .orElseThrow(() -> new IllegalStateException("no active queue for " + code));
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
                e.answeredAt());
    }
}

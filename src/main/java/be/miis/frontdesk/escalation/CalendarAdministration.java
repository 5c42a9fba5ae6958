package be.miis.frontdesk.escalation;

import be.miis.frontdesk.shared.BusinessTime;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The business calendar as administrators keep it: closure days (the Belgian public holidays and the extra days)
 * and opening hours; every change re-applies the deadlines of the open escalations from their history
 * (docs/domain.md, "The two-working-day guarantee").
 */
@Service
public class CalendarAdministration {

    private static final int DEFAULT_SLA_DAYS = 2;

    private final EscalationQueueRepository queues;
    private final WorkingCalendar calendar;
    private final JdbcClient jdbc;
    private final CalendarReapplication reapplication;

    CalendarAdministration(
            EscalationQueueRepository queues,
            WorkingCalendar calendar,
            JdbcClient jdbc,
            CalendarReapplication reapplication) {
        this.queues = queues;
        this.calendar = calendar;
        this.jdbc = jdbc;
        this.reapplication = reapplication;
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
}

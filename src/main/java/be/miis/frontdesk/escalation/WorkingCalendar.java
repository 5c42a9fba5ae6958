package be.miis.frontdesk.escalation;

import be.miis.frontdesk.shared.BusinessTime;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The contact centre's business calendar: Brussels opening hours, the Belgian public holidays of jollyday and the
 * extra closure days of the admins. Built once and kept, because every escalation and every queue row needs it;
 * {@link #refresh()} after a change of closure days. Another instance's change is followed within
 * {@code frontdesk.calendar.check-interval} (30 seconds by default): the admins' tables are a few rows, so
 * comparing them is cheap, and no message between instances is needed.
 */
@Component
class WorkingCalendar {

    /** Public holidays are loaded for this span of years: far wider than any ticket's life. */
    private static final int FIRST_YEAR = 2000;

    private static final int LAST_YEAR = 2060;

    private final JdbcClient jdbc;
    private volatile @Nullable Built current;

    /** The calendar with what the admins had set when it was built, to notice when that changes. */
    private record Built(BusinessCalendar calendar, Settings settings) {}

    /** The admins' part of the calendar: extra closure days and opening hours. */
    private record Settings(List<LocalDate> closureDays, Map<DayOfWeek, List<OpeningInterval>> openingHours) {}

    WorkingCalendar(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Builds the calendar once the application is up (61 years of holidays, every day's opening instants), so
     * that the first escalation of the day does not pay for it on its request.
     */
    @EventListener(ApplicationReadyEvent.class)
    void warmUp() {
        current();
    }

    BusinessCalendar current() {
        Built built = current;
        if (built == null) {
            built = build(settings());
            current = built;
        }
        return built.calendar();
    }

    void refresh() {
        current = null;
    }

    /** Rebuilds the calendar when the closure days or opening hours differ from those it was built with. */
    @Scheduled(
            fixedDelayString = "${frontdesk.calendar.check-interval:PT30S}",
            initialDelayString = "${frontdesk.calendar.check-interval:PT30S}")
    void followChanges() {
        Built built = current;
        Settings now = settings();
        if (built != null && !built.settings().equals(now)) {
            current = build(now);
        }
    }

    private Settings settings() {
        return new Settings(
                jdbc.sql("select day from closure_day order by day")
                        .query(LocalDate.class)
                        .list(),
                openingHours());
    }

    private static Built build(Settings settings) {
        Set<LocalDate> closed = new HashSet<>(settings.closureDays());
        for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
            BelgianHolidays.of(year).forEach(day -> closed.add(day.date()));
        }
        return new Built(
                new BusinessCalendar(BusinessTime.ZONE, OpeningHours.of(settings.openingHours()), closed), settings);
    }

    /** The opening hours as the admins set them (V17, Monday to Friday 09:00–17:00 unless changed). */
    Map<DayOfWeek, List<OpeningInterval>> openingHours() {
        Map<DayOfWeek, List<OpeningInterval>> hours = new EnumMap<>(DayOfWeek.class);
        jdbc.sql("select weekday, opens, closes from opening_interval order by weekday, opens")
                .query((rs, n) -> {
                    hours.computeIfAbsent(DayOfWeek.of(rs.getInt("weekday")), d -> new ArrayList<>())
                            .add(new OpeningInterval(
                                    rs.getObject("opens", LocalTime.class), rs.getObject("closes", LocalTime.class)));
                    return n;
                })
                .list();
        return hours;
    }

    /** Replaces the opening hours; the caller re-applies the calendar to open escalations. */
    void replaceOpeningHours(OpeningHours hours) {
        jdbc.sql("delete from opening_interval").update();
        for (DayOfWeek day : DayOfWeek.values()) {
            for (OpeningInterval interval : hours.on(day)) {
                jdbc.sql("insert into opening_interval (weekday, opens, closes) values (:day, :opens, :closes)")
                        .param("day", day.getValue())
                        .param("opens", interval.opens())
                        .param("closes", interval.closes())
                        .update();
            }
        }
        refresh();
    }
}

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
import org.springframework.stereotype.Component;

/**
 * The contact centre's business calendar: Brussels opening hours, the Belgian public holidays of jollyday and the
 * extra closure days of the admins. Built once and kept, because every escalation and every queue row needs it;
 * {@link #refresh()} after a change of closure days.
 */
@Component
class WorkingCalendar {

    /** Public holidays are loaded for this span of years: far wider than any ticket's life. */
    private static final int FIRST_YEAR = 2000;

    private static final int LAST_YEAR = 2060;

    private final JdbcClient jdbc;
    private volatile @Nullable BusinessCalendar current;

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
        BusinessCalendar calendar = current;
        if (calendar == null) {
            calendar = build();
            current = calendar;
        }
        return calendar;
    }

    void refresh() {
        current = null;
    }

    private BusinessCalendar build() {
        Set<LocalDate> closed = new HashSet<>();
        for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
            BelgianHolidays.of(year).forEach(day -> closed.add(day.date()));
        }
        closed.addAll(
                jdbc.sql("select day from closure_day").query(LocalDate.class).list());
        return new BusinessCalendar(BusinessTime.ZONE, OpeningHours.of(openingHours()), closed);
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

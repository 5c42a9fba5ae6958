package be.miis.frontdesk.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import be.miis.frontdesk.shared.BusinessTime;
import be.miis.frontdesk.test.FrontdeskDataJpaTest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The cached calendar follows a change another instance wrote to the database. */
@FrontdeskDataJpaTest
@Import(WorkingCalendar.class)
class WorkingCalendarTests {

    /** A Tuesday that is no public holiday. */
    static final LocalDate DAY = LocalDate.of(2030, 6, 4);

    @Autowired
    WorkingCalendar calendar;

    @Autowired
    JdbcClient jdbc;

    Duration workingTimeOnTheDay() {
        Instant from = DAY.atTime(LocalTime.of(8, 0)).atZone(BusinessTime.ZONE).toInstant();
        return calendar.current().workingTimeBetween(from, from.plus(Duration.ofHours(12)));
    }

    @Test
    void followsClosureDaysAndOpeningHoursChangedElsewhere() {
        Duration open = workingTimeOnTheDay();
        assertThat(open).isPositive();

        // What another instance's admin page writes; this instance's cache does not know it yet.
        jdbc.sql("insert into closure_day (day, name_nl, name_fr) values (:day, 'Sluiting', 'Fermeture')")
                .param("day", DAY)
                .update();
        assertThat(workingTimeOnTheDay()).isEqualTo(open);
        calendar.followChanges();
        assertThat(workingTimeOnTheDay()).isZero();

        jdbc.sql("delete from closure_day where day = :day").param("day", DAY).update();
        jdbc.sql("update opening_interval set closes = opens + interval '1 hour' where weekday = 2")
                .update();
        calendar.followChanges();
        assertThat(workingTimeOnTheDay())
                .isEqualTo(Duration.ofHours(jdbc.sql("select count(*) from opening_interval where weekday = 2")
                        .query(Long.class)
                        .single()));
    }

    @Test
    void keepsTheCalendarWhileNothingChanged() {
        // The bean outlives the other test, whose changes were rolled back: catch up with the database first.
        calendar.current();
        calendar.followChanges();
        BusinessCalendar first = calendar.current();
        calendar.followChanges();
        assertThat(calendar.current()).isSameAs(first);
    }
}

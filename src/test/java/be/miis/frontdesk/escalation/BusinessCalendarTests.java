package be.miis.frontdesk.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The working-time arithmetic of the guarantee, with Belgian holidays from jollyday and Brussels time. */
class BusinessCalendarTests {

    static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    static final Duration TWO_DAYS = Duration.ofHours(16);

    /** The standard calendar with the public holidays of 2025–2028 and 15 November 2027 as an extra day. */
    static final BusinessCalendar CALENDAR = calendar(OpeningHours.standard(), LocalDate.of(2027, 11, 15));

    static BusinessCalendar calendar(OpeningHours hours, LocalDate... extra) {
        Set<LocalDate> closed = new HashSet<>(List.of(extra));
        IntStream.rangeClosed(2025, 2028)
                .forEach(year -> BelgianHolidays.of(year).forEach(day -> closed.add(day.date())));
        return new BusinessCalendar(BRUSSELS, hours, closed);
    }

    static Instant brussels(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(BRUSSELS).toInstant();
    }

    @ParameterizedTest(name = "{0} → {1} ({2})")
    @CsvSource({
        // The acceptance cases of the issue: Christmas in between; Easter Monday, ending on a closing time.
        "2025-12-24T15:30, 2025-12-29T15:30, Christmas Day closed; 26 December is a working day in Belgium",
        "2026-04-03T09:00, 2026-04-07T17:00, Easter Monday in between: the deadline stays on the closing time",
        "2026-11-23T07:10, 2026-11-24T17:00, before opening: counting starts at 09:00",
        "2026-11-23T18:30, 2026-11-25T17:00, after closing: counting starts the next morning",
        "2026-11-21T11:00, 2026-11-24T17:00, on a Saturday: counting starts on Monday",
        "2026-11-25T12:15, 2026-11-27T12:15, in the middle of the day",
        "2026-05-01T10:00, 2026-05-05T17:00, on Labour Day (a Friday): counting starts on Monday",
        "2026-05-13T09:00, 2026-05-15T17:00, Ascension Day (Thursday) closed",
        "2026-05-22T14:00, 2026-05-27T14:00, Whit Monday closed",
        "2026-07-20T14:00, 2026-07-23T14:00, National Day (21 July) closed",
        "2026-08-14T14:00, 2026-08-18T14:00, Assumption (15 August) on a Saturday: nothing moves",
        "2026-10-30T14:00, 2026-11-03T14:00, All Saints' Day on a Sunday; 2 November is a working day",
        "2026-11-10T14:00, 2026-11-13T14:00, Armistice (11 November) closed",
        "2025-12-31T16:00, 2026-01-05T16:00, New Year's Day closed",
        "2027-11-12T09:00, 2027-11-16T17:00, 15 November 2027 entered as an extra closure day",
        // Daylight saving: 29 March and 25 October 2026 are the Sundays of the change.
        "2026-03-27T13:00, 2026-03-31T13:00, spring forward over the weekend: still 13:00 local time",
        "2026-10-23T13:00, 2026-10-27T13:00, fall back over the weekend: still 13:00 local time",
    })
    void deadlineOfTwoWorkingDays(String received, String due, String why) {
        assertThat(CALENDAR.deadline(brussels(received), TWO_DAYS)).as(why).isEqualTo(brussels(due));
        assertThat(CALENDAR.workingTimeBetween(brussels(received), brussels(due)))
                .as("the working time up to the deadline is the guarantee itself")
                .isEqualTo(TWO_DAYS);
    }

    @Test
    void daylightSavingKeepsWorkingHoursLocalAndCountsRealTime() {
        // Friday 13:00 CET is 12:00 UTC; Tuesday 13:00 CEST is 11:00 UTC: 4 + 8 + 4 hours of work in between.
        assertThat(CALENDAR.deadline(Instant.parse("2026-03-27T12:00:00Z"), TWO_DAYS))
                .isEqualTo(Instant.parse("2026-03-31T11:00:00Z"));
        assertThat(CALENDAR.deadline(Instant.parse("2026-10-23T11:00:00Z"), TWO_DAYS))
                .isEqualTo(Instant.parse("2026-10-27T12:00:00Z"));
    }

    @Test
    void belgianPublicHolidaysComeFromJollydayWithDutchAndFrenchNames() {
        List<ClosureDay> holidays = BelgianHolidays.of(2026);
        assertThat(holidays)
                .extracting(ClosureDay::date)
                .contains(
                        LocalDate.of(2026, 1, 1),
                        LocalDate.of(2026, 4, 6),
                        LocalDate.of(2026, 5, 1),
                        LocalDate.of(2026, 5, 14),
                        LocalDate.of(2026, 5, 25),
                        LocalDate.of(2026, 7, 21),
                        LocalDate.of(2026, 8, 15),
                        LocalDate.of(2026, 11, 1),
                        LocalDate.of(2026, 11, 11),
                        LocalDate.of(2026, 12, 25))
                .doesNotContain(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 15), LocalDate.of(2026, 12, 26));
        assertThat(holidays).allMatch(ClosureDay::publicHoliday);
        ClosureDay national = holidays.stream()
                .filter(day -> day.date().equals(LocalDate.of(2026, 7, 21)))
                .findFirst()
                .orElseThrow();
        assertThat(national.nameNl()).isNotBlank().isNotEqualTo(national.nameFr());
    }

    @Test
    void workingTimeSkipsNightsWeekendsAndHolidays() {
        assertThat(CALENDAR.workingTimeBetween(brussels("2026-11-20T16:00"), brussels("2026-11-23T10:00")))
                .isEqualTo(Duration.ofHours(2));
        assertThat(CALENDAR.workingTimeBetween(brussels("2026-04-03T16:30"), brussels("2026-04-07T09:30")))
                .isEqualTo(Duration.ofHours(1));
        assertThat(CALENDAR.workingTimeBetween(brussels("2026-11-23T10:00"), brussels("2026-11-23T09:00")))
                .isZero();
    }

    @Test
    void aPauseMovesTheDeadlineByTheWorkingTimePaused() {
        Instant received = brussels("2026-11-23T09:00");
        assertThat(CALENDAR.deadline(received, TWO_DAYS)).isEqualTo(brussels("2026-11-24T17:00"));

        // Waiting for the OCMW from Monday 16:00 to Tuesday 16:00: one working day, over a night.
        Pause aDay = new Pause(brussels("2026-11-23T16:00"), brussels("2026-11-24T16:00"));
        assertThat(CALENDAR.deadline(received, TWO_DAYS, List.of(aDay))).isEqualTo(brussels("2026-11-25T17:00"));

        // Two pauses, one over a weekend (Friday 16:00 to Monday 10:00 is two working hours).
        Instant friday = brussels("2026-11-20T09:00");
        List<Pause> pauses = List.of(
                new Pause(brussels("2026-11-20T16:00"), brussels("2026-11-23T10:00")),
                new Pause(brussels("2026-11-23T15:00"), brussels("2026-11-23T16:00")));
        // 16 h + 3 h paused from Friday 09:00: Friday 8 h, Monday 8 h, Tuesday 3 h.
        assertThat(CALENDAR.deadline(friday, TWO_DAYS, pauses)).isEqualTo(brussels("2026-11-24T12:00"));
    }

    @Test
    void aPauseAfterTheDeadlineOrBeforeTheStartCountsOnlyWhereTheClockRan() {
        Instant received = brussels("2026-11-23T09:00");
        Pause afterwards = new Pause(brussels("2026-11-25T09:00"), brussels("2026-11-26T09:00"));
        assertThat(CALENDAR.deadline(received, TWO_DAYS, List.of(afterwards))).isEqualTo(brussels("2026-11-24T17:00"));
        Pause overTheStart = new Pause(brussels("2026-11-20T09:00"), brussels("2026-11-23T13:00"));
        assertThat(CALENDAR.deadline(received, TWO_DAYS, List.of(overTheStart)))
                .isEqualTo(brussels("2026-11-25T13:00"));
    }

    @Test
    void aLunchBreakIsNotWorkingTime() {
        Map<DayOfWeek, List<OpeningInterval>> hours = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY)) {
            hours.put(
                    day,
                    List.of(
                            new OpeningInterval(LocalTime.of(13, 0), LocalTime.of(17, 0)),
                            new OpeningInterval(LocalTime.of(9, 0), LocalTime.of(12, 0))));
        }
        BusinessCalendar withLunch = calendar(OpeningHours.of(hours));
        assertThat(withLunch.hours().dayLength()).isEqualTo(Duration.ofHours(7));
        assertThat(withLunch.workingDays(2)).isEqualTo(Duration.ofHours(14));
        // Received during lunch on Monday: counting starts at 13:00; Tuesday 7 h, Wednesday the remaining 3 h.
        assertThat(withLunch.deadline(brussels("2026-11-23T12:30"), withLunch.workingDays(2)))
                .isEqualTo(brussels("2026-11-25T12:00"));
        // Thursday to Sunday are closed in this calendar.
        assertThat(withLunch.deadline(brussels("2026-11-25T16:00"), Duration.ofHours(2)))
                .isEqualTo(brussels("2026-11-30T10:00"));
    }

    @Test
    void aCalendarWithoutOpeningHoursOrWithOverlapsIsRefused() {
        assertThatThrownBy(() -> OpeningHours.of(Map.of()))
                .isInstanceOfSatisfying(InvalidCalendarException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("escalation.calendar.noOpeningHours"));
        assertThatThrownBy(() -> OpeningHours.of(Map.of(
                        DayOfWeek.MONDAY,
                        List.of(
                                new OpeningInterval(LocalTime.of(9, 0), LocalTime.of(13, 0)),
                                new OpeningInterval(LocalTime.of(12, 0), LocalTime.of(17, 0))))))
                .isInstanceOfSatisfying(InvalidCalendarException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("escalation.calendar.overlap"));
        assertThatThrownBy(() -> new OpeningInterval(LocalTime.of(17, 0), LocalTime.of(9, 0)))
                .isInstanceOfSatisfying(InvalidCalendarException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("escalation.calendar.emptyInterval"));
    }
}

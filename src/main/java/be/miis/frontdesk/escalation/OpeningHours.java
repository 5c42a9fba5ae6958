package be.miis.frontdesk.escalation;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The weekly opening hours of the contact centre: per weekday, sorted intervals that do not overlap (a lunch
 * break is two intervals). A week without any opening hour is refused: no deadline could ever be reached.
 */
final class OpeningHours {

    private final Map<DayOfWeek, List<OpeningInterval>> byDay = new EnumMap<>(DayOfWeek.class);
    private final Duration dayLength;

    private OpeningHours(Map<DayOfWeek, List<OpeningInterval>> hours) {
        Duration longest = Duration.ZERO;
        for (DayOfWeek day : DayOfWeek.values()) {
            List<OpeningInterval> intervals = new ArrayList<>(hours.getOrDefault(day, List.of()));
            intervals.sort(Comparator.comparing(OpeningInterval::opens));
            for (int i = 1; i < intervals.size(); i++) {
                if (intervals.get(i - 1).overlaps(intervals.get(i))) {
                    // Named by its weekday, so that a form can show the error beside that day.
                    throw new InvalidCalendarException(
                            day.name().toLowerCase(Locale.ROOT), "escalation.calendar.overlap");
                }
            }
            Duration total = intervals.stream().map(OpeningInterval::length).reduce(Duration.ZERO, Duration::plus);
            longest = total.compareTo(longest) > 0 ? total : longest;
            byDay.put(day, List.copyOf(intervals));
        }
        if (longest.isZero()) {
            throw new InvalidCalendarException("openingHours", "escalation.calendar.noOpeningHours");
        }
        this.dayLength = longest;
    }

    public static OpeningHours of(Map<DayOfWeek, List<OpeningInterval>> hours) {
        return new OpeningHours(hours);
    }

    /** Monday to Friday, 09:00–17:00 (docs/domain.md). */
    public static OpeningHours standard() {
        Map<DayOfWeek, List<OpeningInterval>> hours = new EnumMap<>(DayOfWeek.class);
        OpeningInterval office = new OpeningInterval(LocalTime.of(9, 0), LocalTime.of(17, 0));
        for (DayOfWeek day : List.of(
                DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)) {
            hours.put(day, List.of(office));
        }
        return of(hours);
    }

    public List<OpeningInterval> on(DayOfWeek day) {
        return byDay.get(day);
    }

    /**
     * The length of an opening day, the unit of the guarantee ("2 working days" = 2 × this): the longest day of
     * the week, so that a shorter Friday does not shorten every deadline.
     */
    public Duration dayLength() {
        return dayLength;
    }
}

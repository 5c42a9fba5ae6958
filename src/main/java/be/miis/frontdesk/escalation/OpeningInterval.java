package be.miis.frontdesk.escalation;

import java.time.Duration;
import java.time.LocalTime;

/** One stretch of opening time on a weekday, opening inclusive, closing exclusive (09:00–17:00). */
public record OpeningInterval(LocalTime opens, LocalTime closes) {

    public OpeningInterval {
        if (!opens.isBefore(closes)) {
            throw new InvalidCalendarException("openingHours", "escalation.calendar.emptyInterval");
        }
    }

    Duration length() {
        return Duration.between(opens, closes);
    }

    boolean overlaps(OpeningInterval other) {
        return opens.isBefore(other.closes) && other.opens.isBefore(closes);
    }
}

package be.miis.frontdesk.shared;

import java.time.Duration;

/**
 * A stretch of working time as an SLA badge reads it: working days and hours from one opening day up, hours and
 * minutes below it ("6 h 15 min" left, not "1 working day" for both 8 h and 12 h 45). Whole minutes, rounded down,
 * so a badge never promises more time than is left. See docs/keyboard-and-accessibility.md.
 *
 * @param days whole opening days (0 below one day)
 * @param hours hours after the days
 * @param minutes minutes after the hours (always 0 from one day up: a day's badge does not need them)
 */
public record WorkingTime(long days, long hours, long minutes) {

    public static final WorkingTime ZERO = new WorkingTime(0, 0, 0);

    /**
     * Splits working time by the length of an opening day.
     *
     * @param time the working time, negative counts as none
     * @param day the length of one opening day (8 h for 09:00–17:00)
     */
    public static WorkingTime of(Duration time, Duration day) {
        long total = Math.max(0, time.toMinutes());
        long dayMinutes = Math.max(1, day.toMinutes());
        if (total >= dayMinutes) {
            return new WorkingTime(total / dayMinutes, (total % dayMinutes) / 60, 0);
        }
        return new WorkingTime(0, total / 60, total % 60);
    }

    public boolean isZero() {
        return days == 0 && hours == 0 && minutes == 0;
    }

    /** The message key that reads this amount: {@code sla.time.days}, {@code sla.time.hours} or {@code …minutes}. */
    public String messageKey() {
        if (days > 0) {
            return "sla.time.days";
        }
        return hours > 0 ? "sla.time.hours" : "sla.time.minutes";
    }

    /** The arguments of {@link #messageKey()}: days and hours, hours and minutes, or minutes. */
    public Object[] messageArguments() {
        if (days > 0) {
            return new Object[] {days, hours};
        }
        return hours > 0 ? new Object[] {hours, minutes} : new Object[] {minutes};
    }
}

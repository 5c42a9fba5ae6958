package be.miis.frontdesk.escalation;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;

/**
 * Working time: the opening hours in a time zone, minus closure days (public holidays and the extra days an admin
 * enters). Deadlines and elapsed working time are computed here, in the domain, from instants: daylight saving
 * is handled by resolving every opening and closing in the zone of the calendar on its own date.
 */
public final class BusinessCalendar {

    /** No calendar has ten years without an opening hour; beyond that the arithmetic stops instead of looping. */
    private static final int MAX_DAYS = 3_660;

    private final ZoneId zone;
    private final OpeningHours hours;
    private final Set<LocalDate> closed;

    public BusinessCalendar(ZoneId zone, OpeningHours hours, Set<LocalDate> closed) {
        this.zone = zone;
        this.hours = hours;
        this.closed = Set.copyOf(closed);
    }

    public ZoneId zone() {
        return zone;
    }

    public OpeningHours hours() {
        return hours;
    }

    public boolean isClosed(LocalDate date) {
        return closed.contains(date) || hours.on(date.getDayOfWeek()).isEmpty();
    }

    /** A number of working days as working time: n × the length of an opening day. */
    public Duration workingDays(int days) {
        return hours.dayLength().multipliedBy(days);
    }

    /**
     * The instant at which the given working time has passed, counted from {@code start}: outside opening hours
     * counting starts at the next opening, and a deadline that falls exactly on a closing time stays there.
     */
    public Instant deadline(Instant start, Duration workingTime) {
        if (workingTime.isNegative()) {
            throw new IllegalArgumentException("negative working time " + workingTime);
        }
        long remaining = workingTime.toNanos();
        LocalDate day = LocalDate.ofInstant(start, zone);
        for (int i = 0; i < MAX_DAYS; i++, day = day.plusDays(1)) {
            if (closed.contains(day)) {
                continue;
            }
            for (OpeningInterval interval : hours.on(day.getDayOfWeek())) {
                Instant close = at(day, interval.closes());
                if (!start.isBefore(close)) {
                    continue;
                }
                Instant open = at(day, interval.opens());
                Instant from = start.isAfter(open) ? start : open;
                long available = nanosBetween(from, close);
                if (remaining <= available) {
                    return from.plusNanos(remaining);
                }
                remaining -= available;
            }
        }
        throw new IllegalStateException("no opening hours within " + MAX_DAYS + " days of " + start);
    }

    /**
     * The deadline when the clock stood still during some pauses: working time inside a pause does not count, so
     * a pause of one working day moves the deadline by one working day (nights and weekends in between never
     * counted anyway). A pause after the deadline changes nothing.
     */
    public Instant deadline(Instant start, Duration workingTime, List<Pause> pauses) {
        Instant cursor = start;
        Duration remaining = workingTime;
        List<Pause> ordered = pauses.stream()
                .sorted(java.util.Comparator.comparing(Pause::from))
                .toList();
        for (Pause pause : ordered) {
            if (!pause.from().isAfter(cursor)) {
                cursor = pause.to().isAfter(cursor) ? pause.to() : cursor;
                continue;
            }
            Duration before = workingTimeBetween(cursor, pause.from());
            if (remaining.compareTo(before) <= 0) {
                return deadline(cursor, remaining);
            }
            remaining = remaining.minus(before);
            cursor = pause.to();
        }
        return deadline(cursor, remaining);
    }

    /** The working time between two instants (zero when {@code to} is not after {@code from}). */
    public Duration workingTimeBetween(Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        long total = 0;
        LocalDate last = LocalDate.ofInstant(to, zone);
        for (LocalDate day = LocalDate.ofInstant(from, zone); !day.isAfter(last); day = day.plusDays(1)) {
            if (closed.contains(day)) {
                continue;
            }
            for (OpeningInterval interval : hours.on(day.getDayOfWeek())) {
                Instant open = at(day, interval.opens());
                Instant close = at(day, interval.closes());
                Instant start = from.isAfter(open) ? from : open;
                Instant end = to.isBefore(close) ? to : close;
                if (end.isAfter(start)) {
                    total += nanosBetween(start, end);
                }
            }
        }
        return Duration.ofNanos(total);
    }

    private Instant at(LocalDate day, java.time.LocalTime time) {
        return ZonedDateTime.of(day, time, zone).toInstant();
    }

    private static long nanosBetween(Instant from, Instant to) {
        return (to.getEpochSecond() - from.getEpochSecond()) * 1_000_000_000L + (to.getNano() - from.getNano());
    }
}

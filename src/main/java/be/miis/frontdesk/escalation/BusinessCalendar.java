package be.miis.frontdesk.escalation;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Working time: the opening hours in a time zone, minus closure days (public holidays and the extra days an admin
 * enters). Deadlines and elapsed working time are computed here, in the domain, from instants: daylight saving
 * is handled by resolving every opening and closing in the zone of the calendar on its own date.
 */
final class BusinessCalendar {

    /** No calendar has ten years without an opening hour; beyond that the arithmetic stops instead of looping. */
    private static final int MAX_DAYS = 3_660;

    /** Days whose opening hours are resolved once, as epoch seconds: far wider than any ticket's life. */
    private static final long FIRST_DAY = LocalDate.of(2000, 1, 1).toEpochDay();

    private static final long END_DAY = LocalDate.of(2061, 1, 1).toEpochDay();
    private static final long[] CLOSED = new long[0];

    private final ZoneId zone;
    private final OpeningHours hours;
    private final Set<LocalDate> closed;

    /**
     * Per day from {@link #FIRST_DAY}: the openings and closings as epoch seconds (open, close, open, close…),
     * resolved in the zone on that very date (so daylight saving is right) and empty on closed days. The deadline
     * arithmetic then only compares numbers: it is on the path of every queue row and every escalation.
     */
    private final long[][] days;

    public BusinessCalendar(ZoneId zone, OpeningHours hours, Set<LocalDate> closed) {
        this.zone = zone;
        this.hours = hours;
        this.closed = Set.copyOf(closed);
        this.days = new long[Math.toIntExact(END_DAY - FIRST_DAY)][];
        for (long day = FIRST_DAY; day < END_DAY; day++) {
            days[(int) (day - FIRST_DAY)] = resolve(LocalDate.ofEpochDay(day));
        }
    }

    public ZoneId zone() {
        return zone;
    }

    public OpeningHours hours() {
        return hours;
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
        long startSecond = start.getEpochSecond();
        int startNano = start.getNano();
        long day = LocalDate.ofInstant(start, zone).toEpochDay();
        for (int i = 0; i < MAX_DAYS; i++, day++) {
            long[] openings = openings(day);
            for (int k = 0; k < openings.length; k += 2) {
                long open = openings[k];
                long close = openings[k + 1];
                if (startSecond >= close) {
                    continue;
                }
                boolean inside = startSecond >= open;
                long fromSecond = inside ? startSecond : open;
                int fromNano = inside ? startNano : 0;
                long available = (close - fromSecond) * 1_000_000_000L - fromNano;
                if (remaining <= available) {
                    return Instant.ofEpochSecond(fromSecond, fromNano + remaining);
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
        List<Pause> ordered =
                pauses.stream().sorted(Comparator.comparing(Pause::from)).toList();
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
        long last = LocalDate.ofInstant(to, zone).toEpochDay();
        for (long day = LocalDate.ofInstant(from, zone).toEpochDay(); day <= last; day++) {
            long[] openings = openings(day);
            for (int k = 0; k < openings.length; k += 2) {
                Instant open = Instant.ofEpochSecond(openings[k]);
                Instant close = Instant.ofEpochSecond(openings[k + 1]);
                Instant start = from.isAfter(open) ? from : open;
                Instant end = to.isBefore(close) ? to : close;
                if (end.isAfter(start)) {
                    total += nanosBetween(start, end);
                }
            }
        }
        return Duration.ofNanos(total);
    }

    /** The openings and closings of a day as epoch seconds (open, close, open, close…); empty on a closed day. */
    long[] openingsOn(LocalDate day) {
        return openings(day.toEpochDay()).clone();
    }

    private long[] openings(long epochDay) {
        if (epochDay >= FIRST_DAY && epochDay < END_DAY) {
            return days[(int) (epochDay - FIRST_DAY)];
        }
        return resolve(LocalDate.ofEpochDay(epochDay));
    }

    private long[] resolve(LocalDate day) {
        if (closed.contains(day)) {
            return CLOSED;
        }
        List<OpeningInterval> intervals = hours.on(day.getDayOfWeek());
        long[] openings = new long[intervals.size() * 2];
        for (int k = 0; k < intervals.size(); k++) {
            openings[2 * k] = at(day, intervals.get(k).opens()).getEpochSecond();
            openings[2 * k + 1] = at(day, intervals.get(k).closes()).getEpochSecond();
        }
        return openings;
    }

    private Instant at(LocalDate day, LocalTime time) {
        return ZonedDateTime.of(day, time, zone).toInstant();
    }

    private static long nanosBetween(Instant from, Instant to) {
        return (to.getEpochSecond() - from.getEpochSecond()) * 1_000_000_000L + (to.getNano() - from.getNano());
    }
}

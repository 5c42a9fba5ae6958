package be.miis.frontdesk.escalation;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The times at which the contact centre is open on its next working days, cut into slots: what the portal's
 * call-back form offers (docs/portal.md, "Call me back"). The same calendar as the guarantee's, so a closure day an
 * admin enters or a Belgian public holiday offers no slot, and the opening hours bound every slot.
 */
@Component
public class OpeningSlots {

    /** No calendar has a year without an opening hour; beyond that the search stops instead of looping. */
    private static final int MAX_DAYS = 366;

    private final WorkingCalendar calendar;

    OpeningSlots(WorkingCalendar calendar) {
        this.calendar = calendar;
    }

    /**
     * The slots of the next {@code workingDays} working days that start at or after {@code earliest}: each opening
     * interval cut from its opening into pieces of {@code length} (the last one ends at the closing). The day of
     * {@code earliest} counts as one of the working days only when it still has a slot.
     */
    public List<Slot> next(Instant earliest, int workingDays, Duration length) {
        if (length.isNegative() || length.isZero()) {
            throw new IllegalArgumentException("slot length " + length);
        }
        BusinessCalendar current = calendar.current();
        List<Slot> slots = new ArrayList<>();
        LocalDate day = LocalDate.ofInstant(earliest, current.zone());
        int days = 0;
        for (int i = 0; i < MAX_DAYS && days < workingDays; i++, day = day.plusDays(1)) {
            long[] openings = current.openingsOn(day);
            boolean offered = false;
            for (int k = 0; k < openings.length; k += 2) {
                Instant close = Instant.ofEpochSecond(openings[k + 1]);
                for (Instant start = Instant.ofEpochSecond(openings[k]);
                        start.isBefore(close);
                        start = start.plus(length)) {
                    if (!start.isBefore(earliest)) {
                        Instant end = start.plus(length);
                        slots.add(new Slot(start, end.isAfter(close) ? close : end));
                        offered = true;
                    }
                }
            }
            if (offered) {
                days++;
            }
        }
        return List.copyOf(slots);
    }

    /** A time the contact centre is open, from {@code start} to {@code end}. */
    public record Slot(Instant start, Instant end) {}
}

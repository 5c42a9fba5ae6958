package be.miis.frontdesk.escalation;

import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.Year;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The Belgian public holidays of a year from the jollyday library (docs/domain.md: a maintained library, never a
 * hand-typed list). Only days off by law: jollyday also lists observances such as 2 November that are working
 * days; 15 November (federal staff) is an extra closure day an admin enters.
 */
final class BelgianHolidays {

    private static final HolidayManager BELGIUM =
            HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.BELGIUM));
    private static final Locale DUTCH = Locale.forLanguageTag("nl");
    private static final Locale FRENCH = Locale.forLanguageTag("fr");

    private BelgianHolidays() {}

    public static List<ClosureDay> of(int year) {
        return BELGIUM.getHolidays(Year.of(year), HolidayType.PUBLIC_HOLIDAY).stream()
                .map(h -> new ClosureDay(h.getDate(), h.getDescription(DUTCH), h.getDescription(FRENCH), true))
                .sorted(Comparator.comparing(ClosureDay::date))
                .toList();
    }
}

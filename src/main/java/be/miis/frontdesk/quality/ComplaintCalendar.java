package be.miis.frontdesk.quality;

import be.miis.frontdesk.escalation.CalendarAdministration;
import be.miis.frontdesk.escalation.ClosureDay;
import be.miis.frontdesk.shared.BusinessTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The complaints' deadlines on the business calendar as the admins keep it: a working day is a weekday with opening
 * hours that is not a closure day (public holiday or extra day). Read at receipt: a later calendar change does not
 * move a deadline already promised to the complainant.
 */
@Component
class ComplaintCalendar {

    private final CalendarAdministration calendar;
    private final ComplaintProperties properties;

    ComplaintCalendar(CalendarAdministration calendar, ComplaintProperties properties) {
        this.calendar = calendar;
        this.properties = properties;
    }

    ComplaintDeadlines deadlinesFrom(Instant receivedAt) {
        int year = LocalDate.ofInstant(receivedAt, BusinessTime.ZONE).getYear();
        Set<LocalDate> closed = new HashSet<>();
        // The answer deadline may fall in the next year, and a long closure could push it one year further.
        for (int y = year; y <= year + 2; y++) {
            calendar.closureDays(y).stream().map(ClosureDay::date).forEach(closed::add);
        }
        var hours = calendar.openingHours();
        return new ComplaintDeadlines(
                day -> !closed.contains(day)
                        && !hours.getOrDefault(day.getDayOfWeek(), java.util.List.of())
                                .isEmpty(),
                properties.acknowledgementWorkingDays(),
                properties.investigationDays());
    }
}

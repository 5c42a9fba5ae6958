package be.miis.frontdesk.escalation.web;

import be.miis.frontdesk.escalation.ClosureDay;
import be.miis.frontdesk.escalation.EscalationService;
import be.miis.frontdesk.escalation.InvalidCalendarException;
import be.miis.frontdesk.shared.BusinessTime;
import be.miis.frontdesk.shared.web.Flash;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The business calendar for admins: a year's closure days (public holidays from jollyday, read-only; extra days
 * added and removed here). Every change moves the deadlines of the open escalations at once.
 */
@Controller
class CalendarAdminController {

    private final EscalationService escalation;
    private final Clock clock;

    CalendarAdminController(EscalationService escalation, Clock clock) {
        this.escalation = escalation;
        this.clock = clock;
    }

    @GetMapping("/admin/calendar")
    String showCalendar(@RequestParam(required = false) @Nullable Integer year, Model model) {
        int shown = year == null || year < 2000 || year > 2100
                ? LocalDate.now(clock.withZone(BusinessTime.ZONE)).getYear()
                : year;
        List<ClosureDay> days = escalation.closureDays(shown);
        Map<Integer, List<ClosureDay>> byMonth = days.stream()
                .collect(Collectors.groupingBy(d -> d.date().getMonthValue(), TreeMap::new, Collectors.toList()));
        model.addAttribute("year", shown);
        model.addAttribute("days", days);
        model.addAttribute("byMonth", byMonth);
        model.addAttribute("hours", OpeningHoursText.format(escalation.openingHours()));
        return "escalation/calendar";
    }

    /**
     * New opening hours, one field per weekday ("09:00-12:00, 13:00-17:00", empty when closed). Refused as a whole
     * with a message when a field does not read or the week would make no calendar (no opening, overlaps).
     */
    @PostMapping("/admin/calendar/opening-hours")
    String changeOpeningHours(@RequestParam Map<String, String> form, RedirectAttributes redirect) {
        try {
            int moved = escalation.changeOpeningHours(OpeningHoursText.parse(form));
            Flash.success(redirect, "escalation.hours.saved", moved);
        } catch (InvalidCalendarException e) {
            Flash.error(redirect, e.messageKey());
        }
        return "redirect:/admin/calendar";
    }

    @PostMapping("/admin/calendar/closure-days")
    String addClosureDay(
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
            @RequestParam(defaultValue = "") String nameNl,
            @RequestParam(defaultValue = "") String nameFr,
            RedirectAttributes redirect) {
        try {
            int moved = escalation.addClosureDay(day, nameNl, nameFr);
            Flash.success(redirect, "escalation.calendar.added", day.toString(), moved);
        } catch (InvalidCalendarException e) {
            Flash.error(redirect, e.messageKey());
        }
        return "redirect:/admin/calendar?year=" + day.getYear();
    }

    @PostMapping("/admin/calendar/closure-days/{day}/delete")
    String removeClosureDay(
            @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day, RedirectAttributes redirect) {
        int moved = escalation.removeClosureDay(day);
        Flash.success(redirect, "escalation.calendar.removed", day.toString(), moved);
        return "redirect:/admin/calendar?year=" + day.getYear();
    }
}

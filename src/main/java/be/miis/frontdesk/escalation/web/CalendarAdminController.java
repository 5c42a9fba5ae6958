package be.miis.frontdesk.escalation.web;

import be.miis.frontdesk.escalation.CalendarAdministration;
import be.miis.frontdesk.escalation.ClosureDay;
import be.miis.frontdesk.escalation.InvalidCalendarException;
import be.miis.frontdesk.shared.BusinessTime;
import be.miis.frontdesk.shared.web.Flash;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The business calendar for admins: a year's closure days (public holidays from jollyday, read-only; extra days
 * added and removed here). Every change moves the deadlines of the open escalations at once.
 */
@Controller
class CalendarAdminController {

    private final CalendarAdministration businessCalendar;
    private final Clock clock;

    CalendarAdminController(CalendarAdministration businessCalendar, Clock clock) {
        this.businessCalendar = businessCalendar;
        this.clock = clock;
    }

    @GetMapping("/admin/calendar")
    String showCalendar(@RequestParam(required = false) @Nullable Integer year, Model model) {
        model.addAttribute("hoursForm", OpeningHoursForm.of(businessCalendar.openingHours()));
        calendar(year, model);
        return "escalation/calendar";
    }

    private void calendar(@Nullable Integer year, Model model) {
        int shown = year == null || year < 2000 || year > 2100
                ? LocalDate.now(clock.withZone(BusinessTime.ZONE)).getYear()
                : year;
        List<ClosureDay> days = businessCalendar.closureDays(shown);
        Map<Integer, List<ClosureDay>> byMonth = days.stream()
                .collect(Collectors.groupingBy(d -> d.date().getMonthValue(), TreeMap::new, Collectors.toList()));
        model.addAttribute("year", shown);
        model.addAttribute("days", days);
        model.addAttribute("byMonth", byMonth);
    }

    /**
     * New opening hours, one field per weekday ("09:00-12:00, 13:00-17:00", empty when closed). Refused as a whole
     * when a field does not read or the week would make no calendar (no opening, overlaps): the page comes back
     * with what was typed and the error beside the weekday it concerns (docs/languages-and-exports.md).
     */
    @PostMapping("/admin/calendar/opening-hours")
    String changeOpeningHours(
            @ModelAttribute("hoursForm") OpeningHoursForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                int moved = businessCalendar.changeOpeningHours(form.toHours());
                Flash.success(redirect, "escalation.hours.saved", moved);
                return "redirect:/admin/calendar";
            } catch (InvalidCalendarException e) {
                // Beside the weekday it concerns, or above the form when it is about the week as a whole.
                if (OpeningHoursForm.DAYS.contains(e.field())) {
                    result.rejectValue(e.field(), e.messageKey());
                } else {
                    result.reject(e.messageKey());
                }
            }
        }
        calendar(null, model);
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return "escalation/calendar";
    }

    @PostMapping("/admin/calendar/closure-days")
    String addClosureDay(
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
            @RequestParam(defaultValue = "") String nameNl,
            @RequestParam(defaultValue = "") String nameFr,
            RedirectAttributes redirect) {
        try {
            int moved = businessCalendar.addClosureDay(day, nameNl, nameFr);
            Flash.success(redirect, "escalation.calendar.added", day.toString(), moved);
        } catch (InvalidCalendarException e) {
            Flash.error(redirect, e.messageKey());
        }
        return "redirect:/admin/calendar?year=" + day.getYear();
    }

    /**
     * Asks before an extra closure day is removed, saying how many open escalations would get another deadline: a
     * page of its own, so the question works without JavaScript.
     */
    @GetMapping("/admin/calendar/closure-days/{day}/delete")
    String confirmRemoval(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day, Model model) {
        ClosureDay closure = businessCalendar.closureDays(day.getYear()).stream()
                .filter(d -> d.date().equals(day) && !d.publicHoliday())
                .findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("closure", closure);
        model.addAttribute("affected", businessCalendar.openEscalationsSpanning(day));
        return "escalation/closure-day-remove";
    }

    @PostMapping("/admin/calendar/closure-days/{day}/delete")
    String removeClosureDay(
            @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day, RedirectAttributes redirect) {
        int moved = businessCalendar.removeClosureDay(day);
        Flash.success(redirect, "escalation.calendar.removed", day.toString(), moved);
        return "redirect:/admin/calendar?year=" + day.getYear();
    }
}

package be.miis.frontdesk.quality.web;

import be.miis.frontdesk.identity.FrontdeskUser;
import be.miis.frontdesk.quality.ComplaintOutcome;
import be.miis.frontdesk.quality.ComplaintService;
import be.miis.frontdesk.quality.ComplaintView;
import be.miis.frontdesk.quality.IllegalComplaintStepException;
import be.miis.frontdesk.quality.InadmissibilityReason;
import be.miis.frontdesk.quality.InvalidComplaintException;
import be.miis.frontdesk.quality.RootCause;
import be.miis.frontdesk.shared.BusinessTime;
import be.miis.frontdesk.shared.PagedResult;
import be.miis.frontdesk.shared.web.Flash;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The complaint handlers' pages (docs/complaints.md, "Pages"): the open cases by answer deadline with their
 * deadline badges (or the closed ones), and one case with the procedure's steps as forms, the next one open. A
 * refused step comes back as a message on the case; nothing of it is saved.
 */
@Controller
class ComplaintController {

    static final int PAGE_SIZE = 50;

    /** An open deadline this close is shown "due soon", as the SLA badges show 75 % of the working time used. */
    static final int SOON_DAYS = 3;

    private final ComplaintService complaints;
    private final Clock clock;

    ComplaintController(ComplaintService complaints, Clock clock) {
        this.complaints = complaints;
        this.clock = clock;
    }

    @GetMapping("/backoffice/complaints")
    String list(
            @RequestParam(defaultValue = "false") boolean closed,
            @RequestParam(required = false) @Nullable String after,
            @AuthenticationPrincipal FrontdeskUser user,
            Locale locale,
            Model model) {
        PagedResult<ComplaintView> page = complaints.find(!closed, after, PAGE_SIZE, user.getUsername());
        model.addAttribute("page", page);
        model.addAttribute(
                "rows", page.items().stream().map(c -> row(c, locale)).toList());
        model.addAttribute("closed", closed);
        return "quality/complaints";
    }

    /**
     * The complaint badge of a ticket page, loaded by htmx as the SLA badge is (the ticket module knows nothing of
     * complaints): the case's stage, and for its handlers a link to it. Empty until the case exists.
     */
    @GetMapping("/frontdesk/tickets/{reference}/complaint-case")
    String badge(@PathVariable String reference, @AuthenticationPrincipal FrontdeskUser user, Model model) {
        model.addAttribute(
                "complaint", complaints.findByTicketReference(reference).orElse(null));
        model.addAttribute("mayHandle", complaints.mayHandle(user.getUsername()));
        return "quality/complaint-badge :: badge";
    }

    @GetMapping("/backoffice/complaints/{id}")
    String show(@PathVariable long id, @AuthenticationPrincipal FrontdeskUser user, Locale locale, Model model) {
        ComplaintView complaint = complaints.get(id, user.getUsername());
        List<RootCause> causes = complaints.rootCauses();
        model.addAttribute("complaint", complaint);
        model.addAttribute("row", row(complaint, locale));
        model.addAttribute(
                "rootCauses", causes.stream().filter(RootCause::active).toList());
        model.addAttribute(
                "rootCauseNames",
                causes.stream().collect(Collectors.toMap(RootCause::id, c -> c.name(locale), (a, b) -> a)));
        model.addAttribute("reasons", InadmissibilityReason.values());
        model.addAttribute("outcomes", ComplaintOutcome.values());
        model.addAttribute("times", times(complaint, locale));
        return "quality/complaint";
    }

    @PostMapping("/backoffice/complaints/{id}/acknowledge")
    String acknowledge(
            @PathVariable long id,
            @RequestParam int version,
            @AuthenticationPrincipal FrontdeskUser user,
            RedirectAttributes redirect) {
        return step(
                id,
                redirect,
                "quality.complaint.flash.acknowledged",
                () -> complaints.acknowledge(id, version, user.getUsername()));
    }

    @PostMapping("/backoffice/complaints/{id}/admissibility")
    String decide(
            @PathVariable long id,
            @RequestParam int version,
            @RequestParam boolean admissible,
            @RequestParam(required = false) @Nullable InadmissibilityReason reason,
            @RequestParam(defaultValue = "") String explanation,
            @AuthenticationPrincipal FrontdeskUser user,
            RedirectAttributes redirect) {
        return step(
                id,
                redirect,
                admissible ? "quality.complaint.flash.admitted" : "quality.complaint.flash.refused",
                () -> complaints.decide(id, version, admissible, reason, explanation, user.getUsername()));
    }

    @PostMapping("/backoffice/complaints/{id}/concerned")
    String concern(
            @PathVariable long id,
            @RequestParam int version,
            @RequestParam(defaultValue = "") String concernedUser,
            @RequestParam(defaultValue = "") String concernedProcess,
            @AuthenticationPrincipal FrontdeskUser user,
            RedirectAttributes redirect) {
        return step(
                id,
                redirect,
                "quality.complaint.flash.concerned",
                () -> complaints.concern(id, version, concernedUser, concernedProcess, user.getUsername()));
    }

    @PostMapping("/backoffice/complaints/{id}/answer")
    String answer(
            @PathVariable long id,
            @RequestParam int version,
            @RequestParam(required = false) @Nullable ComplaintOutcome outcome,
            @RequestParam(required = false) @Nullable Long rootCauseId,
            @RequestParam(defaultValue = "") String actionTaken,
            @RequestParam(defaultValue = "") String answer,
            @AuthenticationPrincipal FrontdeskUser user,
            RedirectAttributes redirect) {
        return step(
                id,
                redirect,
                "quality.complaint.flash.answered",
                () -> complaints.answer(id, version, outcome, rootCauseId, actionTaken, answer, user.getUsername()));
    }

    private static String step(long id, RedirectAttributes redirect, String success, Runnable action) {
        try {
            action.run();
            Flash.success(redirect, success);
        } catch (InvalidComplaintException e) {
            Flash.error(redirect, e.messageKey());
        } catch (IllegalComplaintStepException e) {
            Flash.error(redirect, e.messageKey());
        }
        return "redirect:/backoffice/complaints/" + id;
    }

    /** A row of the list: the case and its deadline badges. */
    record Row(ComplaintView complaint, String received, Badge acknowledgement, Badge answer) {}

    /**
     * A deadline as the SLA badges show it (docs/complaints.md, "Pages"): MET or MISSED once the step is done,
     * else ON_TIME, AT_RISK (due within {@value #SOON_DAYS} days) or BREACHED, with the last day allowed.
     */
    record Badge(String state, String day) {}

    private Row row(ComplaintView c, Locale locale) {
        Instant now = clock.instant();
        boolean acknowledged = c.acknowledgedAt() != null || c.stage().closed();
        return new Row(
                c,
                date(LocalDate.ofInstant(c.receivedAt(), BusinessTime.ZONE), locale),
                badge(
                        acknowledged,
                        c.acknowledgedInTime(),
                        c.acknowledgementDue(),
                        c.acknowledgementLastDay(),
                        now,
                        locale),
                badge(c.closedAt() != null, c.answeredInTime(), c.answerDue(), c.answerLastDay(), now, locale));
    }

    private static Badge badge(
            boolean done, @Nullable Boolean inTime, Instant due, LocalDate lastDay, Instant now, Locale locale) {
        String state;
        if (done) {
            state = Boolean.TRUE.equals(inTime) ? "MET" : "MISSED";
        } else if (!now.isBefore(due)) {
            state = "BREACHED";
        } else if (now.plus(java.time.Duration.ofDays(SOON_DAYS)).isAfter(due)) {
            state = "AT_RISK";
        } else {
            state = "ON_TIME";
        }
        return new Badge(state, date(lastDay, locale));
    }

    private static Map<String, String> times(ComplaintView c, Locale locale) {
        Function<@Nullable Instant, String> at = i -> i == null
                ? ""
                : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                        .withLocale(locale)
                        .format(i.atZone(BusinessTime.ZONE));
        return Map.of(
                "received", at.apply(c.receivedAt()),
                "acknowledged", at.apply(c.acknowledgedAt()),
                "decided", at.apply(c.decidedAt()),
                "answered", at.apply(c.answeredAt()));
    }

    private static String date(LocalDate day, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(locale)
                .format(day);
    }
}

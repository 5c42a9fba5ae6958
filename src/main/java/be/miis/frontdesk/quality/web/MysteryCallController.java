package be.miis.frontdesk.quality.web;

import be.miis.frontdesk.identity.FrontdeskUser;
import be.miis.frontdesk.quality.InvalidReviewException;
import be.miis.frontdesk.quality.MysteryCallInput;
import be.miis.frontdesk.quality.MysteryCallService;
import be.miis.frontdesk.quality.MysteryCallView;
import be.miis.frontdesk.quality.ReviewItem;
import be.miis.frontdesk.quality.ReviewScore;
import be.miis.frontdesk.shared.BusinessTime;
import be.miis.frontdesk.shared.ContentLanguage;
import be.miis.frontdesk.shared.PagedResult;
import be.miis.frontdesk.shared.web.Flash;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * Mystery calls (docs/reviews.md, "Mystery calls"): the list with the figures per month, the form a reviewer fills
 * in right after the test call (the checklist scored with the keyboard as a review is), and one call's page.
 */
@Controller
class MysteryCallController {

    static final int PAGE_SIZE = 50;
    /** The Call mi-is number on the public site; the form suggests it. */
    static final List<String> LINES = List.of("02 508 85 85");

    private final MysteryCallService calls;
    private final Clock clock;

    MysteryCallController(MysteryCallService calls, Clock clock) {
        this.calls = calls;
        this.clock = clock;
    }

    @GetMapping("/manager/mystery-calls")
    String list(
            @RequestParam(required = false) @Nullable String after,
            @AuthenticationPrincipal FrontdeskUser user,
            Model model) {
        PagedResult<MysteryCallView> page = calls.list(after, PAGE_SIZE, user.getUsername());
        model.addAttribute("page", page);
        model.addAttribute("continued", after != null);
        model.addAttribute("months", calls.monthly(calls.currentMonth(), user.getUsername()));
        model.addAttribute("items", ReviewItem.values());
        return "quality/mystery-calls";
    }

    @GetMapping("/manager/mystery-calls/new")
    String create(Model model) {
        Map<String, String> given = new HashMap<>();
        given.put(
                "calledAt",
                LocalDateTime.ofInstant(clock.instant(), BusinessTime.ZONE)
                        .truncatedTo(ChronoUnit.MINUTES)
                        .toString());
        given.put("line", LINES.get(0));
        given.put("answered", "true");
        return form(given, Map.of(), model);
    }

    private String form(Map<String, String> given, Map<String, String> errors, Model model) {
        model.addAttribute("given", given);
        model.addAttribute("errors", errors);
        model.addAttribute("items", ReviewItem.values());
        model.addAttribute("lines", LINES);
        model.addAttribute("languages", ContentLanguage.values());
        return "quality/mystery-call-form";
    }

    @PostMapping("/manager/mystery-calls")
    String record(
            @RequestParam Map<String, String> params,
            @AuthenticationPrincipal FrontdeskUser user,
            Model model,
            RedirectAttributes redirect) {
        Map<String, String> errors = new HashMap<>();
        Map<ReviewItem, ReviewScore> checklist = ScoreParams.read(params, errors);
        Instant calledAt = null;
        try {
            calledAt = LocalDateTime.parse(params.getOrDefault("calledAt", "").strip())
                    .atZone(BusinessTime.ZONE)
                    .toInstant();
        } catch (DateTimeParseException e) {
            errors.put("calledAt", "quality.mystery.error.calledAt");
        }
        int seconds = -1;
        try {
            seconds =
                    Integer.parseInt(params.getOrDefault("secondsToAnswer", "").strip());
        } catch (NumberFormatException e) {
            errors.put("secondsToAnswer", "quality.mystery.error.seconds");
        }
        ContentLanguage language =
                ContentLanguage.fromCode(params.getOrDefault("language", "")).orElse(null);
        if (language == null) {
            errors.put("language", "quality.mystery.error.language");
        }
        boolean answered = "true".equals(params.get("answered"));
        if (errors.isEmpty() && calledAt != null && language != null) {
            try {
                long id = calls.record(
                        new MysteryCallInput(
                                calledAt,
                                params.getOrDefault("line", ""),
                                language,
                                seconds,
                                answered,
                                answered ? params.get("answeredBy") : null,
                                params.getOrDefault("scenario", ""),
                                answered ? checklist : Map.of(),
                                params.get("comment")),
                        user.getUsername());
                Flash.success(redirect, "quality.mystery.flash.recorded");
                return "redirect:/manager/mystery-calls/" + id;
            } catch (InvalidReviewException e) {
                errors.put(e.field(), e.messageKey());
            }
        }
        return form(params, errors, model);
    }

    @GetMapping("/manager/mystery-calls/{id}")
    String show(@PathVariable long id, @AuthenticationPrincipal FrontdeskUser user, Model model) {
        model.addAttribute("call", calls.get(id, user.getUsername()));
        model.addAttribute("items", ReviewItem.values());
        return "quality/mystery-call";
    }
}

package be.miis.frontdesk.quality.web;

import be.miis.frontdesk.escalation.QueueAdministration;
import be.miis.frontdesk.escalation.QueueSummary;
import be.miis.frontdesk.identity.FrontdeskUser;
import be.miis.frontdesk.identity.IdentityService;
import be.miis.frontdesk.identity.Role;
import be.miis.frontdesk.quality.InvalidRatingException;
import be.miis.frontdesk.quality.SatisfactionFollowUps;
import be.miis.frontdesk.quality.SatisfactionFollowUps.FollowUp;
import be.miis.frontdesk.shared.PagedResult;
import be.miis.frontdesk.shared.web.Flash;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
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
 * The follow-up tasks of low ratings (docs/satisfaction.md, "Follow-up"): a queue lead's own, every one for a
 * manager; each closed with a note of what was done.
 */
@Controller
class FollowUpController {

    static final int PAGE_SIZE = 50;

    private final SatisfactionFollowUps followUps;
    private final QueueAdministration queues;
    private final IdentityService identity;

    FollowUpController(SatisfactionFollowUps followUps, QueueAdministration queues, IdentityService identity) {
        this.followUps = followUps;
        this.queues = queues;
        this.identity = identity;
    }

    @GetMapping("/quality/follow-ups")
    String list(
            @RequestParam(required = false) @Nullable String after,
            @AuthenticationPrincipal FrontdeskUser user,
            Locale locale,
            Model model) {
        PagedResult<FollowUp> page = followUps.open(user.getUsername(), after, PAGE_SIZE);
        Map<Long, String> queueNames = queues.findQueues().stream()
                .collect(Collectors.toMap(QueueSummary::id, q -> q.name(locale), (a, b) -> a));
        model.addAttribute("page", page);
        model.addAttribute("continued", after != null);
        model.addAttribute("queueNames", queueNames);
        // Names of the agents and leads: one query for the page.
        model.addAttribute(
                "names",
                identity.displayNames(page.items().stream()
                        .flatMap(f -> java.util.stream.Stream.of(f.agent(), f.assignee()))
                        .filter(Objects::nonNull)
                        .distinct()
                        .toList()));
        model.addAttribute("ticketLinks", user.hasRole(Role.AGENT) || user.hasRole(Role.EXPERT));
        model.addAttribute("maxNote", SatisfactionFollowUps.MAX_NOTE);
        return "quality/follow-ups";
    }

    @PostMapping("/quality/follow-ups/{id}/close")
    String close(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String note,
            @AuthenticationPrincipal FrontdeskUser user,
            RedirectAttributes redirect) {
        try {
            followUps.close(id, note, user.getUsername());
            Flash.success(redirect, "quality.followUp.closed");
        } catch (InvalidRatingException e) {
            Flash.error(redirect, e.messageKey(), SatisfactionFollowUps.MAX_NOTE);
        } catch (SatisfactionFollowUps.FollowUpDoneException e) {
            // Two leads on the same list: the second one's click is told, not failed.
            Flash.error(redirect, e.messageKey());
        }
        return "redirect:/quality/follow-ups";
    }
}

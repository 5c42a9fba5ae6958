package be.miis.frontdesk.escalation.web;

import be.miis.frontdesk.escalation.SlaNotices;
import be.miis.frontdesk.identity.FrontdeskUser;
import be.miis.frontdesk.shared.web.Flash;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The SLA warnings of the signed-in expert or manager, and the unread count of the navigation bar. */
@Controller
class NoticeController {

    static final int PAGE_SIZE = 50;

    private final SlaNotices notices;

    NoticeController(SlaNotices notices) {
        this.notices = notices;
    }

    @GetMapping("/backoffice/notices")
    String showNotices(
            @AuthenticationPrincipal FrontdeskUser user,
            @RequestParam(name = "before", required = false) @Nullable String before,
            Model model) {
        model.addAttribute("page", notices.findNotices(user.getUsername(), before, PAGE_SIZE));
        model.addAttribute("unread", notices.countUnread(user.getUsername()));
        model.addAttribute("older", before != null);
        return "escalation/notices";
    }

    /**
     * The badge, polled every minute. {@code shown} is the count the page shows already: when it has not changed,
     * htmx is told not to swap, so the live region around the badge announces changes only, not every poll.
     */
    @GetMapping("/backoffice/notices/badge")
    String showBadge(
            @AuthenticationPrincipal FrontdeskUser user,
            @RequestParam(name = "shown", required = false) @Nullable Long shown,
            Model model,
            HttpServletResponse response) {
        long unread = notices.countUnread(user.getUsername());
        if (shown != null && shown == unread) {
            response.setHeader("HX-Reswap", "none");
        }
        model.addAttribute("unread", unread);
        return "escalation/notices :: badge";
    }

    @PostMapping("/backoffice/notices/{id}/read")
    String markRead(@AuthenticationPrincipal FrontdeskUser user, @PathVariable long id) {
        notices.markRead(user.getUsername(), id);
        return "redirect:/backoffice/notices";
    }

    @PostMapping("/backoffice/notices/read")
    String markAllRead(@AuthenticationPrincipal FrontdeskUser user, RedirectAttributes redirect) {
        Flash.success(redirect, "escalation.notices.allRead", notices.markAllRead(user.getUsername()));
        return "redirect:/backoffice/notices";
    }
}

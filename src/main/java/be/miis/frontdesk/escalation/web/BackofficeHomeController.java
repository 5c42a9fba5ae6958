package be.miis.frontdesk.escalation.web;

import be.miis.frontdesk.escalation.EscalationFigures;
import be.miis.frontdesk.escalation.QueueAdministration;
import be.miis.frontdesk.escalation.QueueSummary;
import be.miis.frontdesk.identity.FrontdeskUser;
import java.util.Comparator;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The backoffice's start: the queues with their open counts, the expert's own first, and "my escalations". */
@Controller
class BackofficeHomeController {

    private final EscalationFigures figures;
    private final QueueAdministration queueAdmin;

    BackofficeHomeController(EscalationFigures figures, QueueAdministration queueAdmin) {
        this.figures = figures;
        this.queueAdmin = queueAdmin;
    }

    @GetMapping("/backoffice")
    String showBackofficeHome(@AuthenticationPrincipal FrontdeskUser user, Model model) {
        // The expert's own queues first: those are the ones they work.
        String me = user.getUsername();
        model.addAttribute(
                "queues",
                queueAdmin.findQueues().stream()
                        .sorted(Comparator.comparing((QueueSummary q) -> !q.involves(me)))
                        .toList());
        model.addAttribute("me", me);
        model.addAttribute("openCounts", figures.countOpenByQueue());
        return "escalation/home";
    }
}

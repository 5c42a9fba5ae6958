package be.miis.frontdesk.escalation.web;

import be.miis.frontdesk.escalation.EscalationService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class BackofficeHomeController {

    private final EscalationService escalation;

    BackofficeHomeController(EscalationService escalation) {
        this.escalation = escalation;
    }

    @GetMapping("/backoffice")
    String showBackofficeHome(Model model) {
        model.addAttribute("queues", escalation.findQueues());
        model.addAttribute("openCounts", escalation.countOpenByQueue());
        return "escalation/home";
    }
}

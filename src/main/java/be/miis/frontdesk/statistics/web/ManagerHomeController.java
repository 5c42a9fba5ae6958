package be.miis.frontdesk.statistics.web;

import be.miis.frontdesk.escalation.EscalationService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class ManagerHomeController {

    private final EscalationService escalation;

    ManagerHomeController(EscalationService escalation) {
        this.escalation = escalation;
    }

    @GetMapping("/manager")
    String showManagerHome(Model model) {
        model.addAttribute("queues", escalation.findQueues());
        return "statistics/home";
    }
}

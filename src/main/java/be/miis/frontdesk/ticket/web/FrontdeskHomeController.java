package be.miis.frontdesk.ticket.web;

import be.miis.frontdesk.shared.DomainCatalogue;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class FrontdeskHomeController {

    private final DomainCatalogue domains;

    FrontdeskHomeController(DomainCatalogue domains) {
        this.domains = domains;
    }

    @GetMapping("/frontdesk")
    String showFrontdeskHome(Model model) {
        model.addAttribute("domains", domains.findAll());
        return "ticket/home";
    }
}

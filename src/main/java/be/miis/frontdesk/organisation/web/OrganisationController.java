package be.miis.frontdesk.organisation.web;

import be.miis.frontdesk.organisation.OrganisationService;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The OCMW/CPAS directory for the frontdesk and the backoffice: search as you type, and one customer's page. */
@Controller
class OrganisationController {

    static final int RESULT_LIMIT = 25;

    private final OrganisationService organisations;

    OrganisationController(OrganisationService organisations) {
        this.organisations = organisations;
    }

    @GetMapping("/frontdesk/organisations")
    String showSearch(
            @RequestParam(name = "q", required = false) @Nullable String query, HtmxRequest htmx, Model model) {
        String q = query == null ? "" : query.strip();
        model.addAttribute("q", q);
        model.addAttribute("results", q.length() < 2 ? List.of() : organisations.search(q, RESULT_LIMIT));
        model.addAttribute("searched", q.length() >= 2);
        return htmx.isHtmxRequest() ? "organisation/search :: results" : "organisation/search";
    }

    @GetMapping("/frontdesk/organisations/{id}")
    String showOrganisation(@PathVariable long id, Model model) {
        model.addAttribute("organisation", organisations.get(id));
        return "organisation/show";
    }
}

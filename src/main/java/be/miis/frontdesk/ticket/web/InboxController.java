package be.miis.frontdesk.ticket.web;

import be.miis.frontdesk.identity.FrontdeskUser;
import be.miis.frontdesk.organisation.OrganisationService;
import be.miis.frontdesk.shared.DomainCatalogue;
import be.miis.frontdesk.shared.PagedResult;
import be.miis.frontdesk.ticket.TicketQuery;
import be.miis.frontdesk.ticket.TicketService;
import be.miis.frontdesk.ticket.TicketStatus;
import be.miis.frontdesk.ticket.TicketSummary;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The agent's inbox: tabs (mine, open, waiting, answered, all), filters and search, 50 rows a page by keyset with a
 * "load more" button; the organisation page's ticket list and figures come from here too.
 */
@Controller
class InboxController extends TicketScreen {

    static final int PAGE_SIZE = 50;
    static final int ORGANISATION_PAGE_SIZE = 10;

    private final TicketService tickets;
    private final OrganisationService organisations;

    InboxController(TicketService tickets, OrganisationService organisations, DomainCatalogue domains) {
        super(domains);
        this.tickets = tickets;
        this.organisations = organisations;
    }

    @GetMapping("/frontdesk/inbox")
    String showInbox(
            @ModelAttribute("filter") InboxFilter filter,
            @RequestParam(name = "after", required = false) @Nullable String after,
            @AuthenticationPrincipal FrontdeskUser user,
            HtmxRequest htmx,
            Model model) {
        TicketQuery query = filter.toQuery(user.getUsername());
        PagedResult<TicketSummary> page = tickets.find(query, after, PAGE_SIZE);
        model.addAttribute("page", page);
        model.addAttribute("views", TicketQuery.View.values());
        model.addAttribute("statuses", TicketStatus.values());
        model.addAttribute("sorts", TicketQuery.Sort.values());
        if (filter.getOrganisation() != null) {
            organisations.findSummary(filter.getOrganisation()).ifPresent(o -> model.addAttribute("organisation", o));
        }
        if (htmx.isHtmxRequest() && after != null) {
            return "ticket/inbox :: rows";
        }
        model.addAttribute("count", tickets.count(query));
        return htmx.isHtmxRequest() ? "ticket/inbox :: results" : "ticket/inbox";
    }

    /** The tickets and figures on an organisation's page (the page itself belongs to the organisation module). */
    @GetMapping("/frontdesk/organisations/{id}/tickets")
    String showOrganisationTickets(@PathVariable long id, Model model) {
        model.addAttribute("organisationId", id);
        model.addAttribute("page", tickets.find(TicketQuery.ofOrganisation(id), null, ORGANISATION_PAGE_SIZE));
        model.addAttribute("figures", tickets.figures(id));
        return "ticket/organisation-tickets :: tickets";
    }
}

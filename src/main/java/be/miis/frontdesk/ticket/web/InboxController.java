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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The agent's inbox: tabs (mine, open, waiting, answered, all), filters and search, 50 rows a page by keyset with a
 * "load more" button; the organisation page's ticket list and figures come from here too.
 */
@Controller
class InboxController extends TicketScreen {

    static final int PAGE_SIZE = 50;
    static final int ORGANISATION_PAGE_SIZE = 10;
    static final int ELSEWHERE_CAP = 100;

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
        PagedResult<TicketSummary> page = tickets.find(query, after, PAGE_SIZE, user.getUsername());
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
        if (filter.hasText()) {
            model.addAttribute("elsewhere", elsewhere(filter, user.getUsername()));
        }
        return htmx.isHtmxRequest() ? "ticket/inbox :: results" : "ticket/inbox";
    }

    /**
     * The same search in the other views, each counted up to {@link #ELSEWHERE_CAP} only, so that a search never
     * ends at "no tickets" when they are in another tab (docs/keyboard-and-accessibility.md).
     */
    private List<ViewHits> elsewhere(InboxFilter filter, String username) {
        List<ViewHits> hits = new ArrayList<>();
        for (TicketQuery.View view : TicketQuery.View.values()) {
            if (view != filter.getView()) {
                int count = tickets.count(filter.toQuery(username, view), ELSEWHERE_CAP);
                if (count > 0) {
                    hits.add(new ViewHits(view, Math.min(count, ELSEWHERE_CAP), count > ELSEWHERE_CAP));
                }
            }
        }
        return hits;
    }

    /** How many tickets a search finds in another view; {@code more} when it stopped counting at the cap. */
    record ViewHits(TicketQuery.View view, int count, boolean more) {}

    /**
     * The search field of the navigation bar: a ticket's reference opens that ticket, anything else searches every
     * inbox view (the "all" tab, with the counts of the others).
     */
    @GetMapping("/frontdesk/search")
    String search(@RequestParam(name = "q", defaultValue = "") String q, RedirectAttributes redirect) {
        String text = q.strip();
        Optional<String> reference = tickets.findReference(text);
        if (reference.isPresent()) {
            return "redirect:/frontdesk/tickets/" + reference.get();
        }
        // As redirect attributes the words are encoded into the query, whatever they hold.
        redirect.addAttribute("view", TicketQuery.View.ALL);
        redirect.addAttribute("q", text.length() > 120 ? text.substring(0, 120) : text);
        return "redirect:/frontdesk/inbox";
    }

    /** The tickets and figures on an organisation's page (the page itself belongs to the organisation module). */
    @GetMapping("/frontdesk/organisations/{id}/tickets")
    String showOrganisationTickets(@PathVariable long id, @AuthenticationPrincipal FrontdeskUser user, Model model) {
        model.addAttribute("organisationId", id);
        model.addAttribute(
                "page", tickets.find(TicketQuery.ofOrganisation(id), null, ORGANISATION_PAGE_SIZE, user.getUsername()));
        model.addAttribute("figures", tickets.figures(id));
        return "ticket/organisation-tickets :: tickets";
    }
}

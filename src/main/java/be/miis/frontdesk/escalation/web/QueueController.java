package be.miis.frontdesk.escalation.web;

import be.miis.frontdesk.escalation.EscalationFigures;
import be.miis.frontdesk.escalation.EscalationService;
import be.miis.frontdesk.escalation.EscalationView;
import be.miis.frontdesk.escalation.QueueAdministration;
import be.miis.frontdesk.escalation.QueueSummary;
import be.miis.frontdesk.escalation.Workload;
import be.miis.frontdesk.identity.FrontdeskUser;
import be.miis.frontdesk.identity.IdentityService;
import be.miis.frontdesk.shared.PagedResult;
import be.miis.frontdesk.ticket.TicketService;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * A backoffice queue, the nearest deadline first; and the SLA badge of one ticket, which the ticket page loads
 * from here (the ticket module does not know about deadlines).
 */
@Controller
class QueueController {

    static final int PAGE_SIZE = 50;

    private final EscalationService escalation;
    private final EscalationFigures figures;
    private final QueueAdministration queueAdmin;
    private final TicketService tickets;
    private final IdentityService users;

    QueueController(
            EscalationService escalation,
            EscalationFigures figures,
            QueueAdministration queueAdmin,
            TicketService tickets,
            IdentityService users) {
        this.escalation = escalation;
        this.figures = figures;
        this.queueAdmin = queueAdmin;
        this.tickets = tickets;
        this.users = users;
    }

    @GetMapping("/backoffice/queues/{id}")
    String showQueue(
            @PathVariable long id,
            @RequestParam(name = "after", required = false) @Nullable String after,
            @AuthenticationPrincipal FrontdeskUser user,
            Model model) {
        QueueSummary queue =
                queueAdmin.findQueue(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("queue", queue);
        PagedResult<EscalationView> page = escalation.findOpen(id, after, PAGE_SIZE, user.getUsername());
        rows(page, model);
        model.addAttribute("moreUrl", "/backoffice/queues/" + id);
        // The lead dispatches: they see who has how much, and what is at risk with whom.
        boolean lead = user.getUsername().equals(queue.leadUsername());
        model.addAttribute("lead", lead);
        List<Workload> workload = lead && after == null ? figures.workload(id) : List.of();
        if (lead && after == null) {
            model.addAttribute("workload", workload);
        }
        names(
                Stream.concat(
                        page.items().stream().map(EscalationView::assignee),
                        workload.stream().map(Workload::assignee)),
                model);
        return after == null ? "escalation/queue" : "escalation/queue :: rows";
    }

    /** "My escalations": what the signed-in expert has taken or was given, the nearest deadline first. */
    @GetMapping("/backoffice/mine")
    String showMine(
            @RequestParam(name = "after", required = false) @Nullable String after,
            @AuthenticationPrincipal FrontdeskUser user,
            Model model) {
        PagedResult<EscalationView> page = escalation.findAssigned(user.getUsername(), after, PAGE_SIZE);
        rows(page, model);
        names(page.items().stream().map(EscalationView::assignee), model);
        model.addAttribute("moreUrl", "/backoffice/mine");
        model.addAttribute(
                "queueNames", queueAdmin.findQueues().stream().collect(Collectors.toMap(QueueSummary::id, q -> q)));
        return after == null ? "escalation/mine" : "escalation/queue :: rows";
    }

    /** A page of escalations with what the ticket module knows of them (subject, status): one query per page. */
    private void rows(PagedResult<EscalationView> page, Model model) {
        model.addAttribute("page", page);
        model.addAttribute(
                "headlines",
                tickets.headlines(page.items().stream()
                        .map(EscalationView::ticketReference)
                        .toList()));
    }

    /** People by their full name, not their username: one query for the whole page (the rows and the workload). */
    private void names(Stream<@Nullable String> usernames, Model model) {
        model.addAttribute(
                "names", users.displayNames(usernames.filter(Objects::nonNull).collect(Collectors.toSet())));
    }

    @GetMapping("/frontdesk/tickets/{reference}/sla")
    String showSla(@PathVariable String reference, Model model) {
        model.addAttribute("escalation", escalation.findByTicket(reference).orElse(null));
        return "escalation/sla :: details";
    }
}

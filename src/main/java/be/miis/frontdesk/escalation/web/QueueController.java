package be.miis.frontdesk.escalation.web;

import be.miis.frontdesk.escalation.EscalationService;
import be.miis.frontdesk.escalation.QueueSummary;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
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

    QueueController(EscalationService escalation) {
        this.escalation = escalation;
    }

    @GetMapping("/backoffice/queues/{id}")
    String showQueue(
            @PathVariable long id,
            @RequestParam(name = "after", required = false) @Nullable String after,
            Model model) {
        QueueSummary queue =
                escalation.findQueue(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("queue", queue);
        model.addAttribute("page", escalation.findOpen(id, after, PAGE_SIZE));
        return after == null ? "escalation/queue" : "escalation/queue :: rows";
    }

    @GetMapping("/frontdesk/tickets/{reference}/sla")
    String showSla(@PathVariable String reference, Model model) {
        model.addAttribute("escalation", escalation.findByTicket(reference).orElse(null));
        return "escalation/sla :: details";
    }
}

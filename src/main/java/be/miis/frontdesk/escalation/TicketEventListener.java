package be.miis.frontdesk.escalation;

import be.miis.frontdesk.ticket.TicketAnswered;
import be.miis.frontdesk.ticket.TicketAssigned;
import be.miis.frontdesk.ticket.TicketPaused;
import be.miis.frontdesk.ticket.TicketResumed;
import be.miis.frontdesk.ticket.TicketReturned;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Follows the tickets that went to the backoffice; the others (the {@code escalated} flag is false) have no
 * escalation to keep. Synchronous, inside the ticket's transaction (docs/architecture.md, "Events"): the
 * guarantee's clock stops and runs, an answer is measured against the deadline, and the queue's work list follows
 * the ticket in the same commit, so a queue never shows a ticket in another state than the ticket itself.
 */
@Component
class TicketEventListener {

    private final EscalationService escalations;

    TicketEventListener(EscalationService escalations) {
        this.escalations = escalations;
    }

    @EventListener(condition = "#event.escalated()")
    void on(TicketPaused event) {
        escalations.paused(event);
    }

    @EventListener(condition = "#event.escalated()")
    void on(TicketResumed event) {
        escalations.resumed(event);
    }

    @EventListener(condition = "#event.escalated()")
    void on(TicketAnswered event) {
        escalations.answered(event);
    }

    @EventListener
    void on(TicketAssigned event) {
        escalations.assigned(event);
    }

    @EventListener
    void on(TicketReturned event) {
        escalations.returned(event);
    }
}

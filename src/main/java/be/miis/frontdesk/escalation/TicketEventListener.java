package be.miis.frontdesk.escalation;

import be.miis.frontdesk.ticket.TicketAnswered;
import be.miis.frontdesk.ticket.TicketAssigned;
import be.miis.frontdesk.ticket.TicketEscalated;
import be.miis.frontdesk.ticket.TicketPaused;
import be.miis.frontdesk.ticket.TicketReturned;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Follows the tickets that go to the backoffice. Synchronous, inside the ticket's transaction: a ticket is never
 * ESCALATED without its deadline, and an answer is measured against the guarantee in the same commit.
 */
@Component
class TicketEventListener {

    private final EscalationService escalations;

    TicketEventListener(EscalationService escalations) {
        this.escalations = escalations;
    }

    @EventListener
    void on(TicketEscalated event) {
        escalations.open(event);
    }

    @EventListener
    void on(TicketPaused event) {
        escalations.paused(event);
    }

    @EventListener
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

package be.miis.frontdesk.escalation;

import be.miis.frontdesk.ticket.EscalationDesk;
import java.time.Duration;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The backoffice's side of the hand-off (docs/architecture.md, "The escalation hand-off"): files an escalated
 * ticket in its queue with its deadline, in the ticket's transaction, or refuses a queue that does not exist or is
 * closed. Called by the ticket module through {@link EscalationDesk}; it never throws back into it for a request
 * it cannot take.
 */
@Component
class EscalationIntake implements EscalationDesk {

    private final EscalationQueueRepository queues;
    private final EscalationRepository escalations;
    private final WorkingCalendar calendar;

    EscalationIntake(EscalationQueueRepository queues, EscalationRepository escalations, WorkingCalendar calendar) {
        this.queues = queues;
        this.escalations = escalations;
        this.calendar = calendar;
    }

    @Override
    public Result file(HandOff handOff) {
        Optional<EscalationQueue> chosen = handOff.queueId() == null
                ? queues.suggestedFor(handOff.domainCode(), handOff.type())
                : queues.findById(handOff.queueId()).filter(EscalationQueue::active);
        if (chosen.isEmpty()) {
            return new Refused(
                    "queueId", handOff.queueId() == null ? "escalation.queue.none" : "escalation.queue.unknown");
        }
        EscalationQueue queue = chosen.get();
        BusinessCalendar working = calendar.current();
        Duration sla = working.workingDays(queue.slaWorkingDays());
        Optional<Escalation> earlier = escalations.findByTicketId(handOff.ticketId());
        if (earlier.isPresent()) {
            // Escalated before and handed back (or answered and reopened): the deadline still counts from the
            // ticket's received-at, so the same escalation goes on, in the queue asked for now.
            earlier.get().reescalate(queue.id(), sla, handOff.priority(), working);
        } else {
            escalations.save(new Escalation(
                    handOff.ticketId(),
                    handOff.reference(),
                    queue.id(),
                    handOff.receivedAt(),
                    sla,
                    handOff.priority(),
                    working,
                    handOff.escalatedBy(),
                    handOff.escalatedAt()));
        }
        return new Accepted(queue.id());
    }
}

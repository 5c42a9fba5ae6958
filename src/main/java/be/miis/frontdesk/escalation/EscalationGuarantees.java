package be.miis.frontdesk.escalation;

import be.miis.frontdesk.ticket.TicketGuarantee;
import be.miis.frontdesk.ticket.TicketGuarantees;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Answers the ticket module's port: the guarantee of escalated tickets, for the inbox and the ticket JSON. */
@Component
class EscalationGuarantees implements TicketGuarantees {

    private final EscalationService escalations;

    EscalationGuarantees(EscalationService escalations) {
        this.escalations = escalations;
    }

    @Override
    public Map<Long, TicketGuarantee> of(Collection<Long> ticketIds) {
        return escalations.findByTickets(ticketIds).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> {
                    EscalationView e = entry.getValue();
                    return new TicketGuarantee(
                            e.deadline(),
                            e.state().name(),
                            e.amount(),
                            e.unit(),
                            e.paused(),
                            e.workingTimeUsed(),
                            e.time());
                }));
    }
}

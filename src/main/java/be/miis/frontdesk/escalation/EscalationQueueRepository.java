package be.miis.frontdesk.escalation;

import be.miis.frontdesk.ticket.TicketType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface EscalationQueueRepository extends JpaRepository<EscalationQueue, Long> {

    String COMPLAINTS = "COMPLAINTS";

    List<EscalationQueue> findAllByOrderById();

    /**
     * The queue a ticket of this domain and type goes to unless someone chooses another: the complaints queue for
     * a complaint, else the queue of its domain (a queue with that code first, then one serving the domain).
     */
    default Optional<EscalationQueue> suggestedFor(String domainCode, TicketType type) {
        List<EscalationQueue> all = findAllByOrderById();
        String code = type == TicketType.COMPLAINT ? COMPLAINTS : domainCode;
        return all.stream()
                .filter(q -> q.active() && code.equals(q.code()))
                .findFirst()
                .or(() -> all.stream()
                        .filter(q -> q.active() && domainCode.equals(q.domainCode()))
                        .findFirst());
    }
}

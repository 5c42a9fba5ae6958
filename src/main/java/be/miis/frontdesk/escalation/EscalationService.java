package be.miis.frontdesk.escalation;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The escalation module's API. */
@Service
public class EscalationService {

    private final EscalationQueueRepository queues;

    EscalationService(EscalationQueueRepository queues) {
        this.queues = queues;
    }

    /** All backoffice queues, in the order they were set up (domains first, complaints last). */
    @Transactional(readOnly = true)
    public List<QueueSummary> findQueues() {
        return queues.findAllByOrderById().stream()
                .map(EscalationQueue::toSummary)
                .toList();
    }
}

package be.miis.frontdesk.escalation;

import be.miis.frontdesk.shared.DemoDataPolicy;
import java.util.Set;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo experts in the queues: "expert" works and leads every queue, so the demo shows "my queues", the
 * workload per expert and the warnings to a lead. Only when no queue has members yet (a fresh demo database).
 */
@Component
@Order(15)
class DemoQueues implements ApplicationRunner {

    private static final String DEMO_EXPERT = "expert";

    private final DemoDataPolicy policy;
    private final EscalationQueueRepository queues;
    private final QueueAdministration queueAdmin;

    DemoQueues(DemoDataPolicy policy, EscalationQueueRepository queues, QueueAdministration queueAdmin) {
        this.policy = policy;
        this.queues = queues;
        this.queueAdmin = queueAdmin;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!policy.isEnabled()
                || queues.findAll().stream().anyMatch(q -> !q.members().isEmpty() || q.leadUsername() != null)
                || queueAdmin.experts().stream().noneMatch(u -> u.username().equals(DEMO_EXPERT))) {
            return;
        }
        for (EscalationQueue queue : queues.findAllByOrderById()) {
            QueueSummary q = queue.toSummary();
            queue.change(
                    q.nameNl(),
                    q.nameFr(),
                    q.nameDe(),
                    q.nameEn(),
                    q.slaWorkingDays(),
                    q.active(),
                    DEMO_EXPERT,
                    Set.of(DEMO_EXPERT));
        }
    }
}

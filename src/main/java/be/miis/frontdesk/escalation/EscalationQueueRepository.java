package be.miis.frontdesk.escalation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface EscalationQueueRepository extends JpaRepository<EscalationQueue, Long> {

    List<EscalationQueue> findAllByOrderById();
}

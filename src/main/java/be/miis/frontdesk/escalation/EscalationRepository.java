package be.miis.frontdesk.escalation;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface EscalationRepository extends JpaRepository<Escalation, Long> {

    Optional<Escalation> findByTicketReference(String ticketReference);

    Optional<Escalation> findByTicketId(long ticketId);

    /**
     * The first page of a queue: escalations neither answered nor handed back, by deadline (partial index
     * escalation_open_queue_idx).
     */
    List<Escalation> findByQueueIdAndAnsweredAtIsNullAndReturnedAtIsNullOrderByDeadlineAscIdAsc(
            long queueId, Limit limit);

    /** The next page: strictly after the last row shown, in the same order. */
    @Query("""
            select e from Escalation e
            where e.queueId = :queueId and e.answeredAt is null and e.returnedAt is null
              and (e.deadline > :deadline or (e.deadline = :deadline and e.id > :id))
            order by e.deadline, e.id
            """)
    List<Escalation> findOpenAfter(long queueId, Instant deadline, long id, Limit limit);

    /** The first page of an expert's open escalations by deadline (partial index escalation_open_assignee_idx). */
    List<Escalation> findByAssigneeAndAnsweredAtIsNullOrderByDeadlineAscIdAsc(String assignee, Limit limit);

    @Query("""
            select e from Escalation e
            where e.assignee = :assignee and e.answeredAt is null
              and (e.deadline > :deadline or (e.deadline = :deadline and e.id > :id))
            order by e.deadline, e.id
            """)
    List<Escalation> findMineAfter(String assignee, Instant deadline, long id, Limit limit);

    List<Escalation> findByTicketIdIn(Collection<Long> ticketIds);
}

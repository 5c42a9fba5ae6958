package be.miis.frontdesk.selfservice;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CallbackRepository extends JpaRepository<CallbackRequest, Long> {

    /** Due call-backs by the time they may be made, after a cursor (callback_request_due_idx). */
    @Query("""
            select c from CallbackRequest c
            where c.status = be.miis.frontdesk.selfservice.CallbackStatus.DUE
              and (c.dueAt > :at or (c.dueAt = :at and c.id > :id))
            order by c.dueAt, c.id
            """)
    List<CallbackRequest> findDueAfter(Instant at, long id, Limit limit);
}

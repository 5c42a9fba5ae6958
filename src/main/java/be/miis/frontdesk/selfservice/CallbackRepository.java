package be.miis.frontdesk.selfservice;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CallbackRepository extends JpaRepository<CallbackRequest, Long> {

    /**
     * The agents' page of due call-backs: a row comparison after the cursor, which the partial index
     * {@code callback_request_due_idx (due_at, id) where status = 'DUE'} serves as one range scan at any depth.
     */
    String DUE_PAGE = """
            select * from callback_request
            where status = 'DUE' and (due_at, id) > (:at, :id)
            order by due_at, id
            limit :limit
            """;

    @Query(value = DUE_PAGE, nativeQuery = true)
    List<CallbackRequest> findDueAfter(Instant at, long id, int limit);
}

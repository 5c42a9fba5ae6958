package be.miis.frontdesk.quality;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ComplaintRepository extends JpaRepository<Complaint, Long> {

    Optional<Complaint> findByTicketId(long ticketId);

    Optional<Complaint> findByReference(String reference);

    boolean existsByTicketId(long ticketId);

    /** The open cases by answer deadline after the cursor: a range scan of {@code complaint_case_open_idx}. */
    @Query(value = """
            select * from complaint_case
            where closed_at is null and (answer_due, id) > (:at, :id)
            order by answer_due, id
            limit :limit
            """, nativeQuery = true)
    List<Complaint> findOpenAfter(Instant at, long id, int limit);

    /** The closed cases, newest received first, before the cursor ({@code complaint_case_received_idx}). */
    @Query(value = """
            select * from complaint_case
            where closed_at is not null and (received_at, id) < (:at, :id)
            order by received_at desc, id desc
            limit :limit
            """, nativeQuery = true)
    List<Complaint> findClosedBefore(Instant at, long id, int limit);

    /** The cases received in a period, oldest first: the API's rows and the annual report's lessons. */
    @Query(value = """
            select * from complaint_case
            where received_at >= :from and received_at < :to
            order by received_at, id
            """, nativeQuery = true)
    List<Complaint> findReceivedBetween(Instant from, Instant to);
}

package be.miis.frontdesk.quality;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

interface ReviewAnswerRepository extends ListCrudRepository<ReviewAnswer, UUID> {

    List<ReviewAnswer> findByAnsweredAtGreaterThanEqualAndAnsweredAtLessThan(Instant from, Instant to);

    @Query("select distinct a.ticketId from ReviewAnswer a where a.answeredBy = :username")
    Set<Long> findTicketsAnsweredBy(String username);

    /** The last answer of a ticket (for a ticket added by hand). */
    Optional<ReviewAnswer> findFirstByReferenceOrderByAnsweredAtDesc(String reference);

    boolean existsByReferenceAndAnsweredBy(String reference, String answeredBy);
}

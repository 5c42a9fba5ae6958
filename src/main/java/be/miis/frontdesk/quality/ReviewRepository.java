package be.miis.frontdesk.quality;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

interface ReviewRepository extends ListCrudRepository<Review, Long> {

    List<Review> findBySampleIdOrderById(long sampleId);

    List<Review> findBySampleIdInOrderById(Collection<Long> sampleIds);

    boolean existsBySampleIdAndTicketId(long sampleId, long ticketId);

    /** An agent's scored reviews, newest first, a page at a time (keyset on reviewed_at, id). */
    @Query("""
            select r from Review r where r.agent = :agent and r.reviewedAt is not null
            order by r.reviewedAt desc, r.id desc""")
    List<Review> findScored(String agent, Limit limit);

    @Query("""
            select r from Review r where r.agent = :agent and r.reviewedAt is not null
              and (r.reviewedAt < :at or (r.reviewedAt = :at and r.id < :id))
            order by r.reviewedAt desc, r.id desc""")
    List<Review> findScoredAfter(String agent, Instant at, long id, Limit limit);
}

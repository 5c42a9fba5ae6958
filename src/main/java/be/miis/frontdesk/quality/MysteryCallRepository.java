package be.miis.frontdesk.quality;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

interface MysteryCallRepository extends ListCrudRepository<MysteryCall, Long> {

    @Query("select c from MysteryCall c order by c.calledAt desc, c.id desc")
    List<MysteryCall> findNewest(Limit limit);

    @Query("""
            select c from MysteryCall c where c.calledAt < :at or (c.calledAt = :at and c.id < :id)
            order by c.calledAt desc, c.id desc""")
    List<MysteryCall> findOlder(Instant at, long id, Limit limit);

    @Query("select c from MysteryCall c where c.calledAt >= :from and c.calledAt < :to")
    List<MysteryCall> findCalledBetween(Instant from, Instant to);
}

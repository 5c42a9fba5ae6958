package be.miis.frontdesk.organisation;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OrganisationRepository extends JpaRepository<Organisation, Long> {

    List<Organisation> findByNisCodeIn(Collection<String> nisCodes);

    /** Active organisations with this mail domain among theirs (lower case), at most two: one is a match, two are not. */
    @Query(value = """
                    select o.* from organisation o
                    where o.active and exists (select 1 from unnest(o.email_domains) d where lower(d) = :domain)
                    order by o.id limit 2
                    """, nativeQuery = true)
    List<Organisation> findActiveByEmailDomain(String domain);
}

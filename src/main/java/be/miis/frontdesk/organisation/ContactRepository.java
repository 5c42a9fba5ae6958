package be.miis.frontdesk.organisation;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ContactRepository extends JpaRepository<Contact, Long> {

    @Query("select c from Contact c join fetch c.organisation where c.id in :ids")
    List<Contact> findAllWithOrganisation(Collection<Long> ids);

    @Query("select c from Contact c where c.organisation.id = :organisationId order by c.lastName, c.firstName, c.id")
    List<Contact> findByOrganisation(long organisationId);

    @Query("select c from Contact c join fetch c.organisation where lower(c.email) in :emails")
    List<Contact> findByLowerEmailIn(Collection<String> emails);

    List<Contact> findByOrganisationIn(Collection<Organisation> organisations);
}

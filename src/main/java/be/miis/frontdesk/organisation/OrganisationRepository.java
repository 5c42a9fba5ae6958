package be.miis.frontdesk.organisation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface OrganisationRepository extends JpaRepository<Organisation, Long> {

    Optional<Organisation> findByNisCode(String nisCode);

    List<Organisation> findByNisCodeIn(Collection<String> nisCodes);
}

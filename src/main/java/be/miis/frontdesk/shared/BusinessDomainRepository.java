package be.miis.frontdesk.shared;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface BusinessDomainRepository extends JpaRepository<BusinessDomain, String> {

    List<BusinessDomain> findAllByOrderBySortOrder();
}

package be.miis.frontdesk.shared;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The domains of the contact centre, in display order. */
@Service
public class DomainCatalogue {

    private final BusinessDomainRepository domains;

    DomainCatalogue(BusinessDomainRepository domains) {
        this.domains = domains;
    }

    @Transactional(readOnly = true)
    public List<DomainView> findAll() {
        return domains.findAllByOrderBySortOrder().stream()
                .map(BusinessDomain::toView)
                .toList();
    }
}

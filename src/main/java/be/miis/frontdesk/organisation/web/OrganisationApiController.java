package be.miis.frontdesk.organisation.web;

import be.miis.frontdesk.organisation.CallerMatch;
import be.miis.frontdesk.organisation.ContactNotFoundException;
import be.miis.frontdesk.organisation.ContactView;
import be.miis.frontdesk.organisation.OrganisationService;
import be.miis.frontdesk.organisation.OrganisationSummary;
import be.miis.frontdesk.organisation.OrganisationView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The OCMW/CPAS directory for integrations: search as the screens do, read one organisation or contact. */
@RestController
@Tag(name = "Organisations")
class OrganisationApiController {

    static final int MAX_RESULTS = 100;

    private final OrganisationService organisations;

    OrganisationApiController(OrganisationService organisations) {
        this.organisations = organisations;
    }

    @GetMapping("/api/v1/organisations")
    @Operation(
            summary = "Organisations matching every word of q: name in any language, NIS code, postcode, phone, mail")
    List<OrganisationSummary> searchOrganisations(
            @RequestParam String q, @RequestParam(defaultValue = "25") int limit) {
        return organisations.search(q, bounded(limit));
    }

    @GetMapping("/api/v1/organisations/{id}")
    @Operation(summary = "One organisation with its contact persons")
    OrganisationView showOrganisation(@PathVariable long id) {
        return organisations.get(id);
    }

    @GetMapping("/api/v1/contacts")
    @Operation(summary = "Caller lookup: contacts (then organisations) matching name, phone in any format or e-mail")
    List<CallerMatch> searchContacts(@RequestParam String q, @RequestParam(defaultValue = "25") int limit) {
        return organisations.lookupCallers(q, bounded(limit));
    }

    @GetMapping("/api/v1/contacts/{id}")
    @Operation(summary = "One contact person")
    ContactView showContact(@PathVariable long id) {
        return organisations.findContact(id).orElseThrow(() -> ContactNotFoundException.forId(id));
    }

    private static int bounded(int limit) {
        return Math.max(1, Math.min(limit, MAX_RESULTS));
    }
}

package be.miis.frontdesk.organisation.web;

import be.miis.frontdesk.identity.FrontdeskUser;
import be.miis.frontdesk.organisation.CallerMatch;
import be.miis.frontdesk.organisation.ContactNotFoundException;
import be.miis.frontdesk.organisation.ContactView;
import be.miis.frontdesk.organisation.ImportChange;
import be.miis.frontdesk.organisation.ImportKind;
import be.miis.frontdesk.organisation.ImportReport;
import be.miis.frontdesk.organisation.ImportStatus;
import be.miis.frontdesk.organisation.OrganisationService;
import be.miis.frontdesk.organisation.OrganisationSummary;
import be.miis.frontdesk.organisation.OrganisationView;
import be.miis.frontdesk.shared.ImportProblem;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The OCMW/CPAS directory for integrations: search as the screens do, read one organisation or contact. */
@RestController
@Tag(name = "Organisations")
class OrganisationApiController {

    static final int MAX_RESULTS = 100;

    private final OrganisationService organisations;
    private final MessageSource messages;

    OrganisationApiController(OrganisationService organisations, MessageSource messages) {
        this.organisations = organisations;
        this.messages = messages;
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

    @PostMapping(
            value = "/api/v1/organisations/import",
            consumes = {"text/csv", "text/plain"})
    @Operation(
            summary = "Import a CSV file of organisations (upsert by NIS code) or contacts (upsert by e-mail), "
                    + "UTF-8; answers with the report, one problem per refused line and one change per changed field "
                    + "of an existing record. dryRun=true checks without writing.")
    ImportResult importCsv(
            @RequestParam(defaultValue = "ORGANISATIONS") ImportKind kind,
            @RequestParam(defaultValue = "false") boolean dryRun,
            @RequestBody byte[] csv,
            @AuthenticationPrincipal FrontdeskUser user,
            Locale locale) {
        ImportReport report = organisations.importNow(kind, "api.csv", csv, dryRun, user.getUsername());
        return ImportResult.of(report, messages, locale);
    }

    /** The report with each problem's message in the caller's language. */
    record ImportResult(
            ImportKind kind,
            boolean dryRun,
            ImportStatus status,
            int lines,
            int created,
            int updated,
            int unchanged,
            long refusedLines,
            List<ImportProblem.Described> problems,
            List<ImportChange> changes) {

        static ImportResult of(ImportReport report, MessageSource messages, Locale locale) {
            return new ImportResult(
                    report.kind(),
                    report.dryRun(),
                    report.status(),
                    report.totalLines(),
                    report.created(),
                    report.updated(),
                    report.unchanged(),
                    report.refusedLines(),
                    report.problems().stream()
                            .map(p -> p.describe(messages, locale))
                            .toList(),
                    report.changes());
        }
    }

    private static int bounded(int limit) {
        return Math.max(1, Math.min(limit, MAX_RESULTS));
    }
}

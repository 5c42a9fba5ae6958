package be.miis.frontdesk.organisation.web;

import be.miis.frontdesk.identity.FrontdeskUser;
import be.miis.frontdesk.organisation.CallerMatch;
import be.miis.frontdesk.organisation.ContactView;
import be.miis.frontdesk.organisation.ImportChange;
import be.miis.frontdesk.organisation.ImportKind;
import be.miis.frontdesk.organisation.ImportReport;
import be.miis.frontdesk.organisation.ImportStatus;
import be.miis.frontdesk.organisation.OrganisationService;
import be.miis.frontdesk.organisation.OrganisationSummary;
import be.miis.frontdesk.organisation.OrganisationView;
import be.miis.frontdesk.shared.ImportProblem;
import be.miis.frontdesk.shared.web.ImportProblemDetails;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The OCMW/CPAS directory for integrations: search as the screens do, read one organisation or contact. */
@RestController
@Tag(name = "Organisations")
class OrganisationApiController {

    static final int MAX_RESULTS = 100;

    private final OrganisationService organisations;
    private final MessageSource messages;

    /** The upload page's limit, so that both ways in take the same files. */
    private final DataSize maxFileSize;

    OrganisationApiController(
            OrganisationService organisations,
            MessageSource messages,
            @Value("${spring.servlet.multipart.max-file-size:20MB}") DataSize maxFileSize) {
        this.organisations = organisations;
        this.messages = messages;
        this.maxFileSize = maxFileSize;
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
    ContactView showContact(@PathVariable long id, @AuthenticationPrincipal FrontdeskUser user) {
        return organisations.openContact(id, user.getUsername());
    }

    /**
     * Reads the body itself, capped while reading at the limit of the upload page: a larger file is refused (413)
     * before it is held in memory, and an empty one is "the file is empty", not a complaint about JSON.
     */
    @PostMapping(
            value = "/api/v1/organisations/import",
            consumes = {"text/csv", "text/plain"})
    @Operation(
            summary = "Import a CSV file of organisations (upsert by NIS code) or contacts (upsert by e-mail), UTF-8,"
                    + " at most as large as the upload page takes (20 MB); answers with the report: counts, one"
                    + " problem per refused column of a line, at most 10 000 listed (problemsNotListed counts the"
                    + " rest), and one change per changed field of an existing record. A file that cannot be read as"
                    + " a whole: 400. dryRun=true checks without writing.")
    ResponseEntity<?> importCsv(
            @RequestParam(defaultValue = "ORGANISATIONS") ImportKind kind,
            @RequestParam(defaultValue = "false") boolean dryRun,
            HttpServletRequest request,
            @AuthenticationPrincipal FrontdeskUser user,
            Locale locale)
            throws IOException {
        long limit = maxFileSize.toBytes();
        byte[] csv = request.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        if (csv.length > limit) {
            return ImportProblemDetails.tooLarge(
                    messages, "organisation.import.file.tooLarge", maxFileSize.toMegabytes(), locale);
        }
        ImportReport report = organisations.importNow(kind, "api.csv", csv, dryRun, user.getUsername());
        ImportResult result = ImportResult.of(report, messages, locale);
        if (report.status() != ImportStatus.FAILED) {
            return ResponseEntity.ok(result);
        }
        // The file as a whole could not be read (empty, not UTF-8, a required column missing).
        ProblemDetail problem = ImportProblemDetails.unreadable(messages, result.problems(), locale);
        problem.setProperty("importId", report.id());
        problem.setProperty("problems", result.problems());
        return ResponseEntity.of(problem).build();
    }

    /** The report with each problem's message in the caller's language. */
    record ImportResult(
            long importId,
            ImportKind kind,
            boolean dryRun,
            ImportStatus status,
            int lines,
            int created,
            int updated,
            int unchanged,
            int refusedLines,
            int problemCount,
            int problemsNotListed,
            List<ImportProblem.Described> problems,
            List<ImportChange> changes) {

        static ImportResult of(ImportReport report, MessageSource messages, Locale locale) {
            return new ImportResult(
                    report.id(),
                    report.kind(),
                    report.dryRun(),
                    report.status(),
                    report.totalLines(),
                    report.created(),
                    report.updated(),
                    report.unchanged(),
                    report.refusedLines(),
                    report.problemCount(),
                    report.problemsNotListed(),
                    ImportProblem.describe(report.problems(), messages, locale),
                    report.changes());
        }
    }

    private static int bounded(int limit) {
        return Math.max(1, Math.min(limit, MAX_RESULTS));
    }
}

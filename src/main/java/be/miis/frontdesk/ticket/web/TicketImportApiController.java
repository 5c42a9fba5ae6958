package be.miis.frontdesk.ticket.web;

import be.miis.frontdesk.identity.FrontdeskUser;
import be.miis.frontdesk.shared.ImportProblem;
import be.miis.frontdesk.shared.web.ImportProblemDetails;
import be.miis.frontdesk.ticket.TicketImportReport;
import be.miis.frontdesk.ticket.TicketImportStatus;
import be.miis.frontdesk.ticket.TicketImports;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Import of the ticket history of the previous CRM. The body is streamed to a temporary file (never held in memory)
 * and capped while it is read, then imported in two passes: all or nothing unless {@code skipInvalid=true}.
 */
@RestController
@Tag(name = "Import")
class TicketImportApiController {

    static final long MAX_MEGABYTES = 512;
    private static final long MAX_BYTES = MAX_MEGABYTES * 1024 * 1024;

    private final TicketImports imports;
    private final MessageSource messages;

    TicketImportApiController(TicketImports imports, MessageSource messages) {
        this.imports = imports;
        this.messages = messages;
    }

    @PostMapping(value = "/api/v1/import/tickets", consumes = "text/csv")
    @Operation(
            summary = "Import ticket history (ADMIN): CSV in UTF-8 with the header reference,received_at,channel,type,"
                    + "domain,language,organisation_nis,subject,status,answered_at,escalated (received_at and channel "
                    + "required), at most 512 MB. Every line is checked first: with a bad line nothing is imported "
                    + "(422 with the refused lines) unless skipInvalid=true; a reference already present is left "
                    + "unchanged. Answers imported, unchanged, rejected and the problems of each refused line.")
    ResponseEntity<?> importTickets(
            @RequestParam(defaultValue = "false") boolean skipInvalid,
            HttpServletRequest request,
            @AuthenticationPrincipal FrontdeskUser user,
            Locale locale)
            throws IOException {
        if (request.getContentLengthLong() > MAX_BYTES) {
            return ImportProblemDetails.tooLarge(messages, "ticket.import.file.tooLarge", MAX_MEGABYTES, locale);
        }
        Path file = Files.createTempFile("ticket-import-", ".csv");
        try {
            if (!copyAtMost(request.getInputStream(), file)) {
                Files.deleteIfExists(file);
                return ImportProblemDetails.tooLarge(messages, "ticket.import.file.tooLarge", MAX_MEGABYTES, locale);
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
        TicketImportReport report = imports.importNow("api.csv", file, skipInvalid, user.getUsername());
        ImportResult result = ImportResult.of(report, messages, locale);
        if (report.status() == TicketImportStatus.DONE) {
            return ResponseEntity.ok(result);
        }
        ProblemDetail problem;
        if (report.status() == TicketImportStatus.REFUSED) {
            problem = problem(
                    HttpStatus.UNPROCESSABLE_CONTENT,
                    messages.getMessage("ticket.import.api.refused", new Object[] {report.rejected()}, locale),
                    locale);
        } else {
            problem = ImportProblemDetails.unreadable(messages, result.problems(), locale);
        }
        problem.setProperty("importId", result.importId());
        problem.setProperty("imported", result.imported());
        problem.setProperty("unchanged", result.unchanged());
        problem.setProperty("rejected", result.rejected());
        problem.setProperty("problems", result.problems());
        return ResponseEntity.of(problem).build();
    }

    private ProblemDetail problem(HttpStatus status, String detail, Locale locale) {
        return ImportProblemDetails.of(messages, status, detail, locale);
    }

    /** Copies the body to the file; false (and stops reading) as soon as it is over the limit. */
    private static boolean copyAtMost(InputStream in, Path file) throws IOException {
        byte[] buffer = new byte[1 << 16];
        long total = 0;
        try (OutputStream out = Files.newOutputStream(file)) {
            int n;
            while ((n = in.read(buffer)) >= 0) {
                total += n;
                if (total > MAX_BYTES) {
                    return false;
                }
                out.write(buffer, 0, n);
            }
        }
        return true;
    }

    /** The report with each problem's message in the caller's language. */
    record ImportResult(
            long importId,
            TicketImportStatus status,
            boolean skipInvalid,
            int imported,
            int unchanged,
            int rejected,
            boolean problemsTruncated,
            List<ImportProblem.Described> problems) {

        static ImportResult of(TicketImportReport report, MessageSource messages, Locale locale) {
            return new ImportResult(
                    report.id(),
                    report.status(),
                    report.skipInvalid(),
                    report.imported(),
                    report.unchanged(),
                    report.rejected(),
                    report.problemsTruncated(),
                    ImportProblem.describe(report.problems(), messages, locale));
        }
    }
}

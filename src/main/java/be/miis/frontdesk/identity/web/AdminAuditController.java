package be.miis.frontdesk.identity.web;

import be.miis.frontdesk.identity.AuditAction;
import be.miis.frontdesk.identity.AuditEntry;
import be.miis.frontdesk.identity.AuditLog;
import be.miis.frontdesk.identity.AuditQuery;
import be.miis.frontdesk.identity.FrontdeskUser;
import be.miis.frontdesk.shared.PagedResult;
import be.miis.frontdesk.shared.SpreadsheetCells;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The audit trail for administrators: who logged in, failed to, or changed what, and who saw which ticket or contact
 * (docs/security.md, "Who saw what"); filtered by user, event, ticket, contact and days, newest first by keyset, and
 * downloadable as CSV — a download that is itself on the trail.
 */
@Controller
class AdminAuditController {

    static final int PAGE_SIZE = 50;
    /** The rows an export reads per query: keyset pages, so a million rows stream in constant memory. */
    static final int EXPORT_BATCH = 1000;

    private final AuditLog audit;

    AdminAuditController(AuditLog audit) {
        this.audit = audit;
    }

    /** The filter as typed in the form; {@link #query} turns it into an audit query or the reasons it cannot be. */
    record Filter(
            @Nullable String actor,
            @Nullable AuditAction action,
            @Nullable String ticket,
            @Nullable String contact,
            @Nullable String from,
            @Nullable String to) {

        AuditQuery query(List<String> problems) {
            String ticketRef = blankToNull(ticket);
            String contactId = blankToNull(contact);
            String type = null;
            String id = null;
            if (ticketRef != null && contactId != null) {
                problems.add("audit.filter.ticketOrContact");
            } else if (ticketRef != null) {
                type = "ticket";
                id = ticketRef.toUpperCase(java.util.Locale.ROOT);
            } else if (contactId != null) {
                if (contactId.matches("\\d{1,18}")) {
                    type = "contact";
                    id = contactId;
                } else {
                    problems.add("audit.filter.contact.invalid");
                }
            }
            LocalDate fromDay = day(from, problems);
            LocalDate toDay = day(to, problems);
            if (fromDay != null && toDay != null && toDay.isBefore(fromDay)) {
                problems.add("audit.filter.period.reversed");
            }
            return new AuditQuery(actor, action, type, id, fromDay, toDay);
        }

        private static @Nullable LocalDate day(@Nullable String value, List<String> problems) {
            String text = blankToNull(value);
            if (text == null) {
                return null;
            }
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                problems.add("audit.filter.day.invalid");
                return null;
            }
        }

        private static @Nullable String blankToNull(@Nullable String value) {
            return value == null || value.isBlank() ? null : value.strip();
        }
    }

    @GetMapping("/admin/audit")
    String showAudit(
            Filter filter, @RequestParam(required = false) @Nullable String after, HtmxRequest htmx, Model model) {
        List<String> problems = new ArrayList<>();
        AuditQuery query = filter.query(problems);
        model.addAttribute("filter", filter);
        model.addAttribute("problems", problems);
        model.addAttribute("actions", AuditAction.values());
        model.addAttribute(
                "page", problems.isEmpty() ? audit.find(query, after, PAGE_SIZE) : new PagedResult<>(List.of(), null));
        // "Load more" asks for the next rows only; they replace the button's own row.
        return htmx.isHtmxRequest() && after != null ? "identity/audit :: rows" : "identity/audit";
    }

    /** Every row of the filter as CSV (RFC 4180, UTF-8), newest first; the download is on the trail with its filter. */
    @GetMapping("/admin/audit/export")
    ResponseEntity<StreamingResponseBody> export(Filter filter, @AuthenticationPrincipal FrontdeskUser user) {
        List<String> problems = new ArrayList<>();
        AuditQuery query = filter.query(problems);
        if (!problems.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        audit.record(user.getUsername(), AuditAction.EXPORTED, "audit", null, describe(query));
        StreamingResponseBody body = out -> {
            try (CSVPrinter csv =
                    CSVFormat.RFC4180.print(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8))) {
                SpreadsheetCells.printRecord(
                        csv,
                        List.of(
                                "occurred_at",
                                "actor",
                                "actor_name",
                                "action",
                                "target_type",
                                "target_id",
                                "details",
                                "remote_addr"));
                String cursor = null;
                do {
                    PagedResult<AuditEntry> page = audit.find(query, cursor, EXPORT_BATCH);
                    for (AuditEntry entry : page.items()) {
                        SpreadsheetCells.printRecord(
                                csv,
                                Arrays.asList(
                                        entry.occurredAt().toString(),
                                        entry.actor(),
                                        entry.actorName(),
                                        entry.action().name(),
                                        entry.targetType(),
                                        entry.targetId(),
                                        entry.details(),
                                        entry.remoteAddress()));
                    }
                    cursor = page.nextCursor();
                } while (cursor != null);
            }
        };
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("audit.csv")
                                .build()
                                .toString())
                .body(body);
    }

    private static String describe(AuditQuery query) {
        List<String> parts = new ArrayList<>();
        if (query.actor() != null && !query.actor().isBlank()) {
            parts.add("user=" + query.actor().strip());
        }
        if (query.action() != null) {
            parts.add("event=" + query.action());
        }
        if (query.targetType() != null) {
            parts.add(query.targetType() + "=" + query.targetId());
        }
        if (query.from() != null) {
            parts.add("from=" + query.from());
        }
        if (query.to() != null) {
            parts.add("to=" + query.to());
        }
        return parts.isEmpty() ? "everything" : String.join(" ", parts);
    }
}

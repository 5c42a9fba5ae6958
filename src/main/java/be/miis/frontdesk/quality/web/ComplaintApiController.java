package be.miis.frontdesk.quality.web;

import be.miis.frontdesk.identity.FrontdeskUser;
import be.miis.frontdesk.quality.ComplaintService;
import be.miis.frontdesk.quality.ComplaintView;
import be.miis.frontdesk.quality.RootCause;
import be.miis.frontdesk.shared.BusinessTime;
import be.miis.frontdesk.shared.SpreadsheetCells;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The complaints of a period for the managers' tools (docs/complaints.md, "API"): one object per complaint with its
 * channel, domain, outcome, root cause, dates and whether the deadlines were kept, as JSON or, with
 * {@code Accept: text/csv}, as CSV with the same columns. Nothing about the people concerned.
 */
@RestController
@Tag(name = "Complaints")
class ComplaintApiController {

    static final String CSV = "text/csv";

    private final ComplaintService complaints;
    private final Clock clock;

    ComplaintApiController(ComplaintService complaints, Clock clock) {
        this.complaints = complaints;
        this.clock = clock;
    }

    /** One complaint; the deadlines' flags are null while the step is still to come in time. */
    record ComplaintRecord(
            String reference,
            @JsonProperty("received_at") Instant receivedAt,
            String channel,
            String domain,
            String language,
            String stage,
            @JsonProperty("acknowledgement_due") LocalDate acknowledgementDue,
            @JsonProperty("acknowledged_at") @Nullable Instant acknowledgedAt,
            @JsonProperty("acknowledged_in_time") @Nullable Boolean acknowledgedInTime,
            @JsonProperty("answer_due") LocalDate answerDue,
            @JsonProperty("closed_at") @Nullable Instant closedAt,
            @JsonProperty("answered_in_time") @Nullable Boolean answeredInTime,

            @JsonProperty("inadmissibility_reason") @Nullable
            String inadmissibilityReason,

            @Nullable String outcome,
            @JsonProperty("root_cause") @Nullable String rootCause) {

        static final List<String> COLUMNS = Arrays.stream(ComplaintRecord.class.getRecordComponents())
                .map(c -> {
                    JsonProperty name = c.getAccessor().getAnnotation(JsonProperty.class);
                    return name == null ? c.getName() : name.value();
                })
                .toList();

        static ComplaintRecord of(ComplaintView c, Map<Long, String> rootCauses) {
            return new ComplaintRecord(
                    c.reference(),
                    c.receivedAt(),
                    c.channel().name(),
                    c.domainCode(),
                    c.language().code(),
                    c.stage().name(),
                    c.acknowledgementLastDay(),
                    c.acknowledgedAt(),
                    c.acknowledgedInTime(),
                    c.answerLastDay(),
                    c.closedAt(),
                    c.answeredInTime(),
                    c.inadmissibilityReason() == null
                            ? null
                            : c.inadmissibilityReason().name(),
                    c.outcome() == null ? null : c.outcome().name(),
                    c.rootCauseId() == null ? null : rootCauses.get(c.rootCauseId()));
        }

        List<@Nullable Object> values() {
            return Arrays.asList(
                    reference,
                    receivedAt,
                    channel,
                    domain,
                    language,
                    stage,
                    acknowledgementDue,
                    acknowledgedAt,
                    acknowledgedInTime,
                    answerDue,
                    closedAt,
                    answeredInTime,
                    inadmissibilityReason,
                    outcome,
                    rootCause);
        }
    }

    @GetMapping(path = "/api/v1/complaints", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Complaints received in a period (default: this year), with outcome, root cause, dates and "
                    + "deadlines met")
    List<ComplaintRecord> list(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
            @AuthenticationPrincipal FrontdeskUser user,
            Locale locale) {
        return records(from, to, user, locale);
    }

    @GetMapping(path = "/api/v1/complaints", produces = CSV)
    ResponseEntity<StreamingResponseBody> csv(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
            @AuthenticationPrincipal FrontdeskUser user,
            Locale locale) {
        List<ComplaintRecord> records = records(from, to, user, locale);
        StreamingResponseBody body = out -> {
            try (CSVPrinter csv =
                    new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8), CSVFormat.RFC4180)) {
                SpreadsheetCells.printRecord(csv, ComplaintRecord.COLUMNS);
                for (ComplaintRecord record : records) {
                    SpreadsheetCells.printRecord(csv, record.values());
                }
            }
        };
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(body);
    }

    private List<ComplaintRecord> records(
            @Nullable LocalDate from, @Nullable LocalDate to, FrontdeskUser user, Locale locale) {
        LocalDate today = LocalDate.now(clock.withZone(BusinessTime.ZONE));
        LocalDate end = to == null ? today : to;
        LocalDate start = from == null ? end.withDayOfYear(1) : from;
        Map<Long, String> rootCauses = complaints.rootCauses().stream()
                .collect(Collectors.toMap(RootCause::id, c -> c.name(locale), (a, b) -> a));
        return complaints.receivedBetween(start, end, user.getUsername()).stream()
                .map(c -> ComplaintRecord.of(c, rootCauses))
                .toList();
    }
}

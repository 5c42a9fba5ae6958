package be.miis.frontdesk.quality.web;

import be.miis.frontdesk.escalation.QueueAdministration;
import be.miis.frontdesk.escalation.QueueSummary;
import be.miis.frontdesk.identity.FrontdeskUser;
import be.miis.frontdesk.quality.ReviewItem;
import be.miis.frontdesk.quality.ReviewService;
import be.miis.frontdesk.quality.ReviewView;
import be.miis.frontdesk.shared.SpreadsheetCells;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The reviews of a month for other tools (docs/reviews.md, "API"): one object per reviewed ticket with its scores,
 * as JSON or, with {@code Accept: text/csv}, as CSV with the same columns. Managers only: the rows name agents.
 */
@RestController
@Tag(name = "Quality")
class ReviewApiController {

    static final String CSV = "text/csv";
    static final String FRONTDESK = "FRONTDESK";
    static final List<String> COLUMNS = List.of(
            "month",
            "reference",
            "agent",
            "team",
            "answered_at",
            "reviewer",
            "by_hand",
            "reviewed_at",
            "correct",
            "complete",
            "clear",
            "friendly",
            "faq_consistent",
            "on_time",
            "average",
            "replied");

    private final ReviewService reviews;
    private final QueueAdministration queues;

    ReviewApiController(ReviewService reviews, QueueAdministration queues) {
        this.reviews = reviews;
        this.queues = queues;
    }

    /** One reviewed ticket; scores are null until scored ({@code faq_consistent} also when not applicable). */
    record ReviewRow(
            String month,
            String reference,
            String agent,
            String team,
            @JsonProperty("answered_at") Instant answeredAt,
            String reviewer,
            @JsonProperty("by_hand") boolean byHand,
            @JsonProperty("reviewed_at") @Nullable Instant reviewedAt,
            @Nullable Integer correct,
            @Nullable Integer complete,
            @Nullable Integer clear,
            @Nullable Integer friendly,
            @JsonProperty("faq_consistent") @Nullable Integer faqConsistent,
            @JsonProperty("on_time") @Nullable Integer onTime,
            @Nullable Double average,
            boolean replied) {

        List<@Nullable Object> values() {
            List<@Nullable Object> values = new ArrayList<>();
            values.add(month);
            values.add(reference);
            values.add(agent);
            values.add(team);
            values.add(answeredAt.toString());
            values.add(reviewer);
            values.add(byHand);
            values.add(reviewedAt == null ? null : reviewedAt.toString());
            values.add(correct);
            values.add(complete);
            values.add(clear);
            values.add(friendly);
            values.add(faqConsistent);
            values.add(onTime);
            values.add(average);
            values.add(replied);
            return values;
        }
    }

    @GetMapping(path = "/api/v1/quality/reviews", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The answer reviews of a month (default: the current one), with their scores per rubric item")
    List<ReviewRow> reviews(
            @RequestParam(name = "month", required = false) @Nullable String month,
            @AuthenticationPrincipal FrontdeskUser user) {
        return rows(month, user);
    }

    @GetMapping(path = "/api/v1/quality/reviews", produces = CSV)
    ResponseEntity<StreamingResponseBody> reviewsCsv(
            @RequestParam(name = "month", required = false) @Nullable String month,
            @AuthenticationPrincipal FrontdeskUser user) {
        List<ReviewRow> rows = rows(month, user);
        StreamingResponseBody body = out -> {
            try (CSVPrinter csv =
                    new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8), CSVFormat.RFC4180)) {
                SpreadsheetCells.printRecord(csv, COLUMNS);
                for (ReviewRow row : rows) {
                    SpreadsheetCells.printRecord(csv, row.values());
                }
            }
        };
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(body);
    }

    private List<ReviewRow> rows(@Nullable String month, FrontdeskUser user) {
        List<ReviewView> list = reviews.reviewsOf(Months.parse(month, reviews.currentMonth()), user.getUsername());
        Map<Long, String> codes =
                queues.findQueues().stream().collect(Collectors.toMap(QueueSummary::id, QueueSummary::code));
        return list.stream()
                .map(r -> new ReviewRow(
                        r.month().toString(),
                        r.reference(),
                        r.agent(),
                        r.queueId() == null ? FRONTDESK : codes.getOrDefault(r.queueId(), String.valueOf(r.queueId())),
                        r.answeredAt(),
                        r.reviewer(),
                        r.byHand(),
                        r.reviewedAt(),
                        r.score(ReviewItem.CORRECT),
                        r.score(ReviewItem.COMPLETE),
                        r.score(ReviewItem.CLEAR),
                        r.score(ReviewItem.FRIENDLY),
                        r.score(ReviewItem.FAQ_CONSISTENT),
                        r.score(ReviewItem.ON_TIME),
                        r.average(),
                        r.replied()))
                .toList();
    }
}

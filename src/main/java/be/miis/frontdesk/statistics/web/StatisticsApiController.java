package be.miis.frontdesk.statistics.web;

import be.miis.frontdesk.shared.BusinessTime;
import be.miis.frontdesk.shared.SpreadsheetCells;
import be.miis.frontdesk.statistics.Breakdown;
import be.miis.frontdesk.statistics.MonthRange;
import be.miis.frontdesk.statistics.MonthlyOverview;
import be.miis.frontdesk.statistics.MonthlyOverview.MonthIndicators;
import be.miis.frontdesk.statistics.StatisticsFilter;
import be.miis.frontdesk.statistics.StatisticsService;
import be.miis.frontdesk.ticket.Channel;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The monthly overview for other tools (a dashboard, a spreadsheet): one object per month with the channels and
 * the indicators, as JSON or, with {@code Accept: text/csv}, as CSV with the same columns.
 */
@RestController
@Tag(name = "Statistics")
class StatisticsApiController {

    static final String CSV = "text/csv";
    static final List<String> COLUMNS = List.of(
            "month",
            "total",
            "email",
            "phone",
            "web",
            "letter",
            "other",
            "first_contact",
            "escalated",
            "within_sla",
            "complaints");

    private final StatisticsService statistics;
    private final Clock clock;

    StatisticsApiController(StatisticsService statistics, Clock clock) {
        this.statistics = statistics;
        this.clock = clock;
    }

    /** One month: tickets received per channel (total is their sum) and what became of them. */
    record MonthFigures(
            String month,
            long total,
            long email,
            long phone,
            long web,
            long letter,
            long other,
            @JsonProperty("first_contact") long firstContact,
            long escalated,
            @JsonProperty("within_sla") long withinSla,
            long complaints) {

        List<Object> values() {
            return List.of(
                    month, total, email, phone, web, letter, other, firstContact, escalated, withinSla, complaints);
        }
    }

    @GetMapping(path = "/api/v1/statistics/monthly", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Questions per month by channel, with first-contact answers, escalations, "
                    + "answers within the guarantee and complaints (default: the last 12 months)")
    List<MonthFigures> monthly(
            @RequestParam(name = "from", required = false) @Nullable String from,
            @RequestParam(name = "to", required = false) @Nullable String to) {
        return figures(from, to);
    }

    @GetMapping(path = "/api/v1/statistics/monthly", produces = CSV)
    ResponseEntity<StreamingResponseBody> monthlyCsv(
            @RequestParam(name = "from", required = false) @Nullable String from,
            @RequestParam(name = "to", required = false) @Nullable String to) {
        List<MonthFigures> figures = figures(from, to);
        StreamingResponseBody body = out -> {
            try (CSVPrinter csv = CsvDialect.RFC_4180.printer(out)) {
                SpreadsheetCells.printRecord(csv, COLUMNS);
                for (MonthFigures month : figures) {
                    SpreadsheetCells.printRecord(csv, month.values());
                }
            }
        };
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(body);
    }

    private List<MonthFigures> figures(@Nullable String from, @Nullable String to) {
        MonthRange range = range(from, to);
        MonthlyOverview overview = statistics.overview(range, Breakdown.CHANNEL, StatisticsFilter.NONE);
        List<MonthFigures> months = new ArrayList<>();
        for (int i = 0; i < range.months().size(); i++) {
            MonthIndicators m = overview.indicators().get(i);
            months.add(new MonthFigures(
                    m.month().toString(),
                    overview.total().count(i),
                    count(overview, Channel.EMAIL, i),
                    count(overview, Channel.PHONE, i),
                    count(overview, Channel.WEB, i),
                    count(overview, Channel.LETTER, i),
                    count(overview, Channel.OTHER, i),
                    m.firstContact(),
                    m.escalated(),
                    m.withinSla(),
                    m.complaints()));
        }
        return months;
    }

    private static long count(MonthlyOverview overview, Channel channel, int month) {
        return overview.rows().stream()
                .filter(row -> channel.name().equals(row.key()))
                .findFirst()
                .map(row -> row.count(month))
                .orElse(0L);
    }

    private MonthRange range(@Nullable String from, @Nullable String to) {
        YearMonth current = YearMonth.now(clock.withZone(BusinessTime.ZONE));
        YearMonth end = month("to", to, current);
        YearMonth start = month("from", from, end.minusMonths(11));
        return new MonthRange(start, end);
    }

    private static YearMonth month(String field, @Nullable String value, YearMonth fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return YearMonth.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new MonthRange.InvalidMonthRangeException(field, "statistics.month.invalid");
        }
    }
}

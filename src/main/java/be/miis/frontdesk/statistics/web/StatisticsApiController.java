package be.miis.frontdesk.statistics.web;

import be.miis.frontdesk.quality.SatisfactionFigures;
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

    static final List<String> SATISFACTION_COLUMNS =
            List.of("month", "ratings", "average", "satisfied", "dissatisfied");

    private final StatisticsService statistics;
    private final SatisfactionFigures satisfaction;
    private final Clock clock;

    StatisticsApiController(StatisticsService statistics, SatisfactionFigures satisfaction, Clock clock) {
        this.statistics = statistics;
        this.satisfaction = satisfaction;
        this.clock = clock;
    }

    /**
     * One month of customer satisfaction (docs/satisfaction.md): ratings confirmed in the month, their average
     * (none without ratings), and how many were satisfied (4–5) and dissatisfied (1–2).
     */
    record SatisfactionMonth(
            String month, long ratings, @Nullable Double average, long satisfied, long dissatisfied) {

        static SatisfactionMonth of(SatisfactionFigures.Month m) {
            Double average = m.average();
            return new SatisfactionMonth(
                    m.month().toString(),
                    m.ratings(),
                    average == null ? null : Math.round(average * 100) / 100.0,
                    m.satisfied(),
                    m.dissatisfied());
        }

        List<@Nullable Object> values() {
            return java.util.Arrays.asList(month, ratings, average, satisfied, dissatisfied);
        }
    }

    @GetMapping(path = "/api/v1/satisfaction/monthly", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Customer satisfaction per month: ratings of answers, their average from 1 to 5, "
                    + "satisfied (4-5) and dissatisfied (1-2) (default: the last 12 months)")
    List<SatisfactionMonth> satisfactionMonthly(
            @RequestParam(name = "from", required = false) @Nullable String from,
            @RequestParam(name = "to", required = false) @Nullable String to) {
        MonthRange range = range(from, to);
        return satisfaction.months(range.from(), range.to()).stream()
                .map(SatisfactionMonth::of)
                .toList();
    }

    @GetMapping(path = "/api/v1/satisfaction/monthly", produces = CSV)
    ResponseEntity<StreamingResponseBody> satisfactionMonthlyCsv(
            @RequestParam(name = "from", required = false) @Nullable String from,
            @RequestParam(name = "to", required = false) @Nullable String to) {
        List<SatisfactionMonth> months = satisfactionMonthly(from, to);
        return csv(
                SATISFACTION_COLUMNS,
                months.stream().map(SatisfactionMonth::values).toList());
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
        return csv(COLUMNS, figures.stream().map(MonthFigures::values).toList());
    }

    /** Rows as RFC 4180 CSV under a header line. */
    private static ResponseEntity<StreamingResponseBody> csv(
            List<String> columns, List<? extends List<? extends @Nullable Object>> rows) {
        StreamingResponseBody body = out -> {
            try (CSVPrinter csv = CsvDialect.RFC_4180.printer(out)) {
                SpreadsheetCells.printRecord(csv, columns);
                for (List<? extends @Nullable Object> row : rows) {
                    SpreadsheetCells.printRecord(csv, row);
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

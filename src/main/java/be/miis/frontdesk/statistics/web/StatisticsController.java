package be.miis.frontdesk.statistics.web;

import be.miis.frontdesk.escalation.QueueAdministration;
import be.miis.frontdesk.quality.SatisfactionFigures;
import be.miis.frontdesk.quality.SatisfactionFigures.Dimension;
import be.miis.frontdesk.selfservice.PortalFigures;
import be.miis.frontdesk.shared.BusinessTime;
import be.miis.frontdesk.shared.DomainCatalogue;
import be.miis.frontdesk.statistics.Breakdown;
import be.miis.frontdesk.statistics.MonthRange;
import be.miis.frontdesk.statistics.MonthlyOverview;
import be.miis.frontdesk.statistics.StatisticsFilter;
import be.miis.frontdesk.statistics.StatisticsService;
import be.miis.frontdesk.statistics.web.StatisticsQuery.Resolved;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import tools.jackson.databind.json.JsonMapper;

/**
 * The manager's monthly overview: a period, a view and filters in the query string; the table by view, the
 * indicators under it, a chart beside each for those who would rather look than read; every table as CSV and XLSX;
 * a printable report of one month.
 */
@Controller
class StatisticsController {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final StatisticsService statistics;
    private final StatisticsTables tables;
    private final DomainCatalogue domains;
    private final QueueAdministration queueAdmin;
    private final JsonMapper json;
    private final SatisfactionFigures satisfaction;
    private final MessageSource messages;
    private final PortalFigures portal;
    private final Clock clock;

    StatisticsController(
            StatisticsService statistics,
            StatisticsTables tables,
            DomainCatalogue domains,
            QueueAdministration queueAdmin,
            JsonMapper json,
            MessageSource messages,
            PortalFigures portal,
            SatisfactionFigures satisfaction,
            Clock clock) {
        this.statistics = statistics;
        this.tables = tables;
        this.domains = domains;
        this.queueAdmin = queueAdmin;
        this.json = json;
        this.messages = messages;
        this.portal = portal;
        this.satisfaction = satisfaction;
        this.clock = clock;
    }

    @GetMapping("/manager/statistics")
    String showOverview(@ModelAttribute("query") StatisticsQuery query, Locale locale, Model model) {
        Resolved resolved = query.resolve(currentMonth());
        MonthlyOverview overview = statistics.overview(resolved.range(), resolved.breakdown(), resolved.filter());
        StatisticsTable breakdown = tables.breakdown(overview, locale);
        StatisticsTable indicators = tables.indicators(overview, locale);
        model.addAttribute("resolved", resolved);
        model.addAttribute("overview", overview);
        List<StatisticsTable> shown =
                new ArrayList<>(List.of(breakdown, indicators, portalTable(resolved.range(), locale)));
        shown.addAll(satisfactionTables(resolved.range(), locale));
        model.addAttribute("tables", shown);
        model.addAttribute("chartData", json.writeValueAsString(chartData(breakdown, overview)));
        model.addAttribute("exportQuery", resolved.queryString());
        model.addAttribute("views", Breakdown.values());
        model.addAttribute("filters", filters(resolved.filter(), locale));
        // The organisation view counts by channel and region only: say so rather than silently ignore a filter.
        model.addAttribute(
                "filterIgnored",
                resolved.breakdown() == Breakdown.ORGANISATION
                        && resolved.filter().narrowsBeyondChannelAndRegion());
        return "statistics/overview";
    }

    /**
     * The page's tables as files: {@code table} is {@code breakdown} or {@code indicators}, no row cap; {@code
     * format} is {@code csv} (RFC 4180), {@code csv-excel} (for Excel in a Belgian locale) or {@code xlsx}.
     */
    @GetMapping("/manager/statistics/export")
    ResponseEntity<StreamingResponseBody> export(
            @ModelAttribute("query") StatisticsQuery query,
            @RequestParam(name = "table", defaultValue = StatisticsTables.BREAKDOWN) String table,
            @RequestParam(name = "format", defaultValue = "csv") String format,
            Locale locale) {
        CsvDialect dialect = Arrays.stream(CsvDialect.values())
                .filter(d -> d.format().equals(format))
                .findFirst()
                .orElse(null);
        if (!StatisticsTables.isKnown(table) || (dialect == null && !"xlsx".equals(format))) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        Resolved resolved = query.resolve(currentMonth());
        if (!resolved.problems().isEmpty()) {
            // A file must hold what was asked for: no silent fallback to the default period.
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        StatisticsTable content =
                switch (table) {
                    case StatisticsTables.BREAKDOWN ->
                        tables.breakdown(
                                statistics.rows(resolved.range(), resolved.breakdown(), resolved.filter()), locale);
                    case StatisticsTables.PORTAL -> portalTable(resolved.range(), locale);
                    case StatisticsTables.SATISFACTION,
                            StatisticsTables.SATISFACTION_QUEUE,
                            StatisticsTables.SATISFACTION_CHANNEL,
                            StatisticsTables.SATISFACTION_AGENT ->
                        satisfactionTables(resolved.range(), locale).stream()
                                .filter(t -> t.name().equals(table))
                                .findFirst()
                                .orElseThrow();
                    default ->
                        tables.indicators(
                                statistics.overview(resolved.range(), resolved.breakdown(), resolved.filter()), locale);
                };
        String name = "statistics-%s-%s_%s.%s"
                .formatted(
                        StatisticsTables.BREAKDOWN.equals(table)
                                ? resolved.breakdown().name().toLowerCase(Locale.ROOT)
                                : table,
                        resolved.range().from(),
                        resolved.range().to(),
                        dialect == null ? format : "csv");
        StreamingResponseBody body = out -> {
            if (dialect != null) {
                TableExport.csv(content, out, dialect);
            } else {
                TableExport.xlsx(content, out);
            }
        };
        return ResponseEntity.ok()
                .contentType(dialect != null ? new MediaType("text", "csv", StandardCharsets.UTF_8) : XLSX)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name).build().toString())
                .body(body);
    }

    /** One month on paper: intake by channel, domain, region and organisation, and the indicators. */
    @GetMapping("/manager/statistics/report")
    String showReport(
            @RequestParam(name = "month", required = false) @Nullable String month, Locale locale, Model model) {
        YearMonth shown = currentMonth().minusMonths(1);
        if (month != null && !month.isBlank()) {
            try {
                shown = YearMonth.parse(month.trim());
            } catch (DateTimeParseException e) {
                model.addAttribute("problem", "statistics.month.invalid");
            }
        }
        MonthRange range = new MonthRange(shown, shown);
        List<StatisticsTable> sections = new ArrayList<>();
        MonthlyOverview byChannel = statistics.overview(range, Breakdown.CHANNEL, StatisticsFilter.NONE);
        sections.add(tables.breakdown(byChannel, locale));
        sections.add(tables.indicators(byChannel, locale));
        for (Breakdown breakdown : List.of(Breakdown.DOMAIN, Breakdown.REGION, Breakdown.ORGANISATION)) {
            sections.add(tables.breakdown(statistics.rows(range, breakdown, StatisticsFilter.NONE), locale));
        }
        sections.add(portalTable(range, locale));
        sections.addAll(satisfactionTables(range, locale));
        model.addAttribute("month", shown);
        model.addAttribute("tables", sections);
        return "statistics/report";
    }

    /** The portal's figures of the period; the filters are about tickets and leave them as they are. */
    private StatisticsTable portalTable(MonthRange range, Locale locale) {
        return tables.portal(portal.months(range.from(), range.to()), locale);
    }

    /**
     * Customer satisfaction in the period (docs/satisfaction.md): per month, then by queue, channel and agent. Like
     * the portal's, these figures are about answers rated, not tickets received: the filters leave them as they are.
     */
    private List<StatisticsTable> satisfactionTables(MonthRange range, Locale locale) {
        List<StatisticsTable> result = new ArrayList<>();
        result.add(tables.satisfaction(satisfaction.months(range.from(), range.to()), locale));
        for (Dimension dimension : Dimension.values()) {
            result.add(tables.satisfactionBy(
                    dimension, satisfaction.by(dimension, range.from(), range.to()), range.months(), locale));
        }
        return result;
    }

    private List<FilterField> filters(StatisticsFilter selected, Locale locale) {
        return List.of(
                new FilterField(
                        "domain",
                        "ticket.domain",
                        selected.domain(),
                        domains.findAll().stream()
                                .map(d -> new FilterField.Option(d.code(), d.name(locale)))
                                .toList()),
                new FilterField(
                        "queue",
                        "statistics.queue",
                        selected.queue() == null ? null : selected.queue().toString(),
                        queueAdmin.findQueues().stream()
                                .map(q -> new FilterField.Option(q.id().toString(), q.name(locale)))
                                .toList()),
                new FilterField(
                        "channel",
                        "ticket.channel",
                        selected.channel(),
                        options(
                                StatisticsService.CHANNELS,
                                c -> messages.getMessage("ticket.channel." + c, null, locale))),
                new FilterField(
                        "language",
                        "ticket.language",
                        selected.language(),
                        options(
                                StatisticsService.LANGUAGES,
                                l -> messages.getMessage(
                                        "content.language." + l.toUpperCase(Locale.ROOT), null, locale))),
                new FilterField(
                        "region",
                        "organisation.region",
                        selected.region(),
                        options(
                                StatisticsService.REGIONS,
                                r -> messages.getMessage("organisation.region." + r, null, locale))));
    }

    private static List<FilterField.Option> options(List<String> values, Function<String, String> label) {
        return values.stream()
                .map(v -> new FilterField.Option(v, label.apply(v)))
                .toList();
    }

    private YearMonth currentMonth() {
        return YearMonth.now(clock.withZone(BusinessTime.ZONE));
    }

    /** What the charts draw: the table's lines (its total left out) and the indicators' trends, per month. */
    private static Map<String, Object> chartData(StatisticsTable breakdown, MonthlyOverview overview) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("months", overview.months().stream().map(YearMonth::toString).toList());
        List<Map<String, Object>> series = new ArrayList<>();
        breakdown.lines().stream()
                .filter(line -> !line.emphasised())
                .forEach(line -> series.add(Map.of("label", line.label(), "values", line.values())));
        data.put("series", series);
        List<@Nullable Double> sla = new ArrayList<>();
        List<Long> backlog = new ArrayList<>();
        overview.indicators().forEach(m -> {
            sla.add(m.withinSlaShare() == null ? null : Math.round(m.withinSlaShare() * 1000) / 10.0);
            backlog.add(m.backlog());
        });
        data.put("withinSla", sla);
        data.put("backlog", backlog);
        return data;
    }
}

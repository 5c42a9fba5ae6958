package be.miis.frontdesk.statistics.web;

import be.miis.frontdesk.escalation.QueueAdministration;
import be.miis.frontdesk.identity.IdentityService;
import be.miis.frontdesk.organisation.OrganisationService;
import be.miis.frontdesk.organisation.OrganisationSummary;
import be.miis.frontdesk.quality.SatisfactionFigures;
import be.miis.frontdesk.quality.SatisfactionFigures.Cut;
import be.miis.frontdesk.quality.SatisfactionFigures.Dimension;
import be.miis.frontdesk.selfservice.PortalFigures;
import be.miis.frontdesk.shared.DomainCatalogue;
import be.miis.frontdesk.shared.DomainView;
import be.miis.frontdesk.statistics.MonthlyOverview;
import be.miis.frontdesk.statistics.MonthlyOverview.MonthIndicators;
import be.miis.frontdesk.statistics.MonthlyOverview.Row;
import be.miis.frontdesk.statistics.web.StatisticsTable.Kind;
import be.miis.frontdesk.statistics.web.StatisticsTable.Line;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Turns a monthly overview into the tables the page shows and the exports write, labelled in the user's language. */
@Component
class StatisticsTables {

    static final String BREAKDOWN = "breakdown";
    static final String INDICATORS = "indicators";
    static final String PORTAL = "portal";
    static final String SATISFACTION = "satisfaction";
    static final String SATISFACTION_QUEUE = "satisfaction-queue";
    static final String SATISFACTION_CHANNEL = "satisfaction-channel";
    static final String SATISFACTION_AGENT = "satisfaction-agent";

    private final MessageSource messages;
    private final DomainCatalogue domains;
    private final OrganisationService organisations;
    private final QueueAdministration queues;
    private final IdentityService identity;

    StatisticsTables(
            MessageSource messages,
            DomainCatalogue domains,
            OrganisationService organisations,
            QueueAdministration queues,
            IdentityService identity) {
        this.messages = messages;
        this.domains = domains;
        this.organisations = organisations;
        this.queues = queues;
        this.identity = identity;
    }

    StatisticsTable breakdown(MonthlyOverview overview, Locale locale) {
        Function<@Nullable String, String> label = labels(overview, locale);
        List<Line> lines = new ArrayList<>();
        for (Row row : overview.rows()) {
            lines.add(new Line(label.apply(row.key()), Kind.COUNT, List.copyOf(row.counts()), row.sum(), false));
        }
        Row total = overview.total();
        lines.add(new Line(
                message("statistics.total", locale), Kind.COUNT, List.copyOf(total.counts()), total.sum(), true));
        String view = message("statistics.view." + overview.breakdown(), locale);
        String by = view.toLowerCase(locale);
        return new StatisticsTable(
                BREAKDOWN, message("statistics.table.breakdown", locale, by), view, by, overview.months(), true, lines);
    }

    StatisticsTable indicators(MonthlyOverview overview, Locale locale) {
        List<MonthIndicators> months = overview.indicators();
        List<Line> lines = List.of(
                line("statistics.indicator.tickets", Kind.COUNT, months, MonthIndicators::tickets, locale, true),
                line(
                        "statistics.indicator.firstContact",
                        Kind.COUNT,
                        months,
                        MonthIndicators::firstContact,
                        locale,
                        false),
                line(
                        "statistics.indicator.firstContactShare",
                        Kind.SHARE,
                        months,
                        MonthIndicators::firstContactShare,
                        locale,
                        false),
                line("statistics.indicator.escalated", Kind.COUNT, months, MonthIndicators::escalated, locale, false),
                line("statistics.indicator.withinSla", Kind.COUNT, months, MonthIndicators::withinSla, locale, false),
                line(
                        "statistics.indicator.withinSlaShare",
                        Kind.SHARE,
                        months,
                        MonthIndicators::withinSlaShare,
                        locale,
                        false),
                line(
                        "statistics.indicator.median",
                        Kind.MINUTES,
                        months,
                        MonthIndicators::medianMinutes,
                        locale,
                        false),
                line("statistics.indicator.p90", Kind.MINUTES, months, MonthIndicators::p90Minutes, locale, false),
                line("statistics.indicator.backlog", Kind.COUNT, months, MonthIndicators::backlog, locale, false),
                line(
                        "statistics.indicator.complaints",
                        Kind.COUNT,
                        months,
                        MonthIndicators::complaints,
                        locale,
                        false));
        return new StatisticsTable(
                INDICATORS,
                message("statistics.table.indicators", locale),
                message("statistics.table.indicators", locale),
                message("statistics.indicator", locale),
                overview.months(),
                false,
                lines);
    }

    /**
     * The public portal per month (docs/statistics.md, "The portal"): what visitors read and searched, their votes,
     * what they asked after reading, and the deflection as a count and as a share of the views.
     */
    StatisticsTable portal(List<PortalFigures.Month> months, Locale locale) {
        List<Line> lines = List.of(
                portalLine("statistics.portal.views", months, PortalFigures.Month::views, locale, true),
                portalLine("statistics.portal.searches", months, PortalFigures.Month::searches, locale, false),
                portalLine("statistics.portal.noHits", months, PortalFigures.Month::noHits, locale, false),
                portalLine("statistics.portal.helpfulYes", months, PortalFigures.Month::helpfulYes, locale, false),
                portalLine("statistics.portal.helpfulNo", months, PortalFigures.Month::helpfulNo, locale, false),
                portalLine("statistics.portal.questions", months, PortalFigures.Month::questions, locale, false),
                portalLine("statistics.portal.callbacks", months, PortalFigures.Month::callbacks, locale, false),
                portalLine("statistics.portal.deflected", months, PortalFigures.Month::deflected, locale, true),
                deflectionShare(months, locale));
        String title = message("statistics.table.portal", locale);
        return new StatisticsTable(
                PORTAL,
                title,
                title,
                message("statistics.indicator", locale),
                months.stream().map(PortalFigures.Month::month).toList(),
                true,
                lines,
                message("statistics.total", locale));
    }

    private Line portalLine(
            String key,
            List<PortalFigures.Month> months,
            ToLongFunction<PortalFigures.Month> value,
            Locale locale,
            boolean emphasised) {
        List<@Nullable Number> values = new ArrayList<>();
        long total = 0;
        for (PortalFigures.Month month : months) {
            long v = value.applyAsLong(month);
            values.add(v);
            total += v;
        }
        return new Line(message(key, locale), Kind.COUNT, values, total, emphasised);
    }

    /** The share of each month, and of the period: deflected views over views, none without views. */
    private Line deflectionShare(List<PortalFigures.Month> months, Locale locale) {
        List<@Nullable Number> values = new ArrayList<>();
        long deflected = 0;
        long views = 0;
        for (PortalFigures.Month month : months) {
            values.add(month.deflectionShare());
            deflected += month.deflected();
            views += month.views();
        }
        return new Line(
                message("statistics.portal.deflectionShare", locale),
                Kind.SHARE,
                values,
                views == 0 ? null : (double) deflected / views,
                false);
    }

    private Line line(
            String key,
            Kind kind,
            List<MonthIndicators> months,
            Function<MonthIndicators, @Nullable Number> value,
            Locale locale,
            boolean emphasised) {
        List<@Nullable Number> values = new ArrayList<>();
        months.forEach(m -> values.add(value.apply(m)));
        return new Line(message(key, locale), kind, values, null, emphasised);
    }

    /** The label of a row key: a channel, domain, language, region, province or organisation; "unknown" for none. */
    private Function<@Nullable String, String> labels(MonthlyOverview overview, Locale locale) {
        String unknown = message("statistics.unknown", locale);
        return switch (overview.breakdown()) {
            case CHANNEL -> key -> key == null ? unknown : message("ticket.channel." + key, locale);
            case LANGUAGE ->
                key -> key == null ? unknown : message("content.language." + key.toUpperCase(Locale.ROOT), locale);
            case REGION -> key -> key == null ? unknown : message("organisation.region." + key, locale);
            case PROVINCE -> key -> key == null ? message("statistics.noProvince", locale) : key;
            case DOMAIN -> {
                Map<String, String> names =
                        domains.findAll().stream().collect(Collectors.toMap(DomainView::code, d -> d.name(locale)));
                yield key -> key == null ? unknown : names.getOrDefault(key, key);
            }
            case ORGANISATION -> {
                Map<Long, OrganisationSummary> summaries = organisations.summaries(overview.rows().stream()
                        .map(Row::key)
                        .filter(Objects::nonNull)
                        .map(Long::valueOf)
                        .toList());
                yield key -> {
                    OrganisationSummary organisation = key == null ? null : summaries.get(Long.valueOf(key));
                    return organisation == null ? unknown : organisation.name(locale);
                };
            }
        };
    }

    private String message(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    /**
     * Customer satisfaction per month (docs/satisfaction.md, "Figures"): the ratings confirmed, their average and the
     * shares of satisfied and dissatisfied customers; the period's column counts every rating of the period.
     */
    StatisticsTable satisfaction(List<SatisfactionFigures.Month> months, Locale locale) {
        SatisfactionFigures.Month total = new Cut("all", months).total();
        List<Line> lines = List.of(
                new Line(
                        message("statistics.satisfaction.ratings", locale),
                        Kind.COUNT,
                        months.stream().map(m -> (Number) m.ratings()).toList(),
                        total.ratings(),
                        true),
                satisfactionLine(
                        "statistics.satisfaction.average",
                        Kind.SCORE,
                        months,
                        total,
                        SatisfactionFigures.Month::average,
                        locale),
                satisfactionLine(
                        "statistics.satisfaction.satisfied",
                        Kind.SHARE,
                        months,
                        total,
                        SatisfactionFigures.Month::satisfiedShare,
                        locale),
                satisfactionLine(
                        "statistics.satisfaction.dissatisfied",
                        Kind.SHARE,
                        months,
                        total,
                        SatisfactionFigures.Month::dissatisfiedShare,
                        locale));
        String title = message("statistics.table.satisfaction", locale);
        return new StatisticsTable(
                SATISFACTION,
                title,
                title,
                message("statistics.indicator", locale),
                months.stream().map(SatisfactionFigures.Month::month).toList(),
                true,
                lines,
                message("statistics.total", locale));
    }

    private Line satisfactionLine(
            String key,
            Kind kind,
            List<SatisfactionFigures.Month> months,
            SatisfactionFigures.Month total,
            Function<SatisfactionFigures.Month, @Nullable Double> value,
            Locale locale) {
        List<@Nullable Number> values = new ArrayList<>();
        months.forEach(m -> values.add(value.apply(m)));
        return new Line(message(key, locale), kind, values, value.apply(total), false);
    }

    /** The average score per month of each queue, channel or agent, and of the whole period. */
    StatisticsTable satisfactionBy(Dimension dimension, List<Cut> cuts, List<YearMonth> months, Locale locale) {
        Function<String, String> label = satisfactionLabels(dimension, cuts, locale);
        List<Line> lines = cuts.stream()
                .map(cut -> new Line(
                        label.apply(cut.key()),
                        Kind.SCORE,
                        cut.months().stream()
                                .map(m -> (@Nullable Number) m.average())
                                .toList(),
                        cut.total().average(),
                        false))
                .toList();
        String name =
                switch (dimension) {
                    case QUEUE -> SATISFACTION_QUEUE;
                    case CHANNEL -> SATISFACTION_CHANNEL;
                    case AGENT -> SATISFACTION_AGENT;
                };
        String title = message(
                switch (dimension) {
                    case QUEUE -> "statistics.table.satisfactionQueue";
                    case CHANNEL -> "statistics.table.satisfactionChannel";
                    case AGENT -> "statistics.table.satisfactionAgent";
                },
                locale);
        return new StatisticsTable(
                name,
                title,
                title,
                message("statistics.satisfaction." + dimension.name().toLowerCase(Locale.ROOT), locale),
                months,
                true,
                lines,
                message("statistics.total", locale));
    }

    private Function<String, String> satisfactionLabels(Dimension dimension, List<Cut> cuts, Locale locale) {
        return switch (dimension) {
            case QUEUE -> {
                Map<String, String> names = queues.findQueues().stream()
                        .collect(Collectors.toMap(q -> q.id().toString(), q -> q.name(locale), (a, b) -> a));
                String frontdesk = message("statistics.satisfaction.frontdesk", locale);
                yield key -> SatisfactionFigures.FRONTDESK.equals(key) ? frontdesk : names.getOrDefault(key, key);
            }
            case CHANNEL -> key -> message("ticket.channel." + key, locale);
            case AGENT -> {
                Map<String, String> names =
                        identity.displayNames(cuts.stream().map(Cut::key).toList());
                yield key -> names.getOrDefault(key, key);
            }
        };
    }

    static boolean isKnown(String table) {
        return List.of(
                        BREAKDOWN,
                        INDICATORS,
                        PORTAL,
                        SATISFACTION,
                        SATISFACTION_QUEUE,
                        SATISFACTION_CHANNEL,
                        SATISFACTION_AGENT)
                .contains(table);
    }
}

package be.miis.frontdesk.statistics;

import be.miis.frontdesk.organisation.Region;
import be.miis.frontdesk.statistics.MonthlyOverview.MonthIndicators;
import be.miis.frontdesk.statistics.MonthlyOverview.Row;
import be.miis.frontdesk.ticket.Channel;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the monthly figures from the roll-up ({@link StatisticsRollup}); never from the raw tickets. */
@Service
public class StatisticsService {

    /**
     * Every {@link Channel}, in the order of the contact centre's own table: mail first, as the seed's overview has
     * it, then the others in the enum's order (a new channel gets its row without a change here).
     */
    public static final List<String> CHANNELS = Stream.concat(
                    Stream.of(Channel.EMAIL), Arrays.stream(Channel.values()).filter(c -> c != Channel.EMAIL))
            .map(Channel::name)
            .toList();

    public static final List<String> LANGUAGES = List.of("nl", "fr", "de", "en");
    public static final List<String> REGIONS =
            Arrays.stream(Region.values()).map(Region::name).toList();
    private static final int TOP_ORGANISATIONS = 10;

    private final JdbcClient jdbc;

    StatisticsService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public MonthlyOverview overview(MonthRange range, Breakdown breakdown, StatisticsFilter filter) {
        return overview(range, breakdown, filter, true);
    }

    /** The rows of a breakdown alone, without the indicators (a second table of the same period needs no others). */
    @Transactional(readOnly = true)
    public MonthlyOverview rows(MonthRange range, Breakdown breakdown, StatisticsFilter filter) {
        return overview(range, breakdown, filter, false);
    }

    private MonthlyOverview overview(
            MonthRange range, Breakdown breakdown, StatisticsFilter filter, boolean withIndicators) {
        List<YearMonth> months = range.months();
        Map<@Nullable String, long[]> counts = breakdown == Breakdown.ORGANISATION
                ? countByOrganisation(range, filter)
                : countBy(breakdown, range, filter);
        List<Row> rows = new ArrayList<>();
        if (breakdown == Breakdown.CHANNEL || breakdown == Breakdown.LANGUAGE) {
            // Every channel (language) has its row, also in a month without any: the table keeps its shape.
            for (String key : breakdown == Breakdown.CHANNEL ? CHANNELS : LANGUAGES) {
                rows.add(row(key, counts.getOrDefault(key, new long[months.size()])));
            }
        } else {
            counts.forEach((key, perMonth) -> rows.add(row(key, perMonth)));
            rows.sort(Comparator.comparingLong(Row::sum)
                    .reversed()
                    .thenComparing(Row::key, Comparator.nullsLast(Comparator.naturalOrder())));
        }
        long[] total = new long[months.size()];
        for (Row row : rows) {
            for (int i = 0; i < total.length; i++) {
                total[i] += row.count(i);
            }
        }
        return new MonthlyOverview(
                range, breakdown, rows, row(null, total), withIndicators ? indicators(range, filter) : List.of());
    }

    private static Row row(@Nullable String key, long[] perMonth) {
        List<Long> counts = new ArrayList<>(perMonth.length);
        for (long count : perMonth) {
            counts.add(count);
        }
        return new Row(key, List.copyOf(counts));
    }

    private Map<@Nullable String, long[]> countBy(Breakdown breakdown, MonthRange range, StatisticsFilter filter) {
        Sql sql = new Sql("select month, " + breakdown.column()
                + "::text as key, sum(tickets) as n from statistics_month" + " where month between :from and :to");
        sql.filter(filter);
        sql.append(" group by month, " + breakdown.column());
        return perMonth(range, sql);
    }

    /** The organisations that asked most over the whole period, with their count per month. */
    private Map<@Nullable String, long[]> countByOrganisation(MonthRange range, StatisticsFilter filter) {
        String where = " where s.month between :from and :to"
                + (filter.channel() == null ? "" : " and s.channel = :channel")
                + (filter.region() == null ? "" : " and o.region = :region");
        Sql sql = new Sql("""
                with top as (
                    select s.organisation_id from statistics_month_organisation s
                    join organisation o on o.id = s.organisation_id%1$s
                    group by s.organisation_id
                    order by sum(s.tickets) desc, s.organisation_id
                    limit %2$d
                )
                select s.month, s.organisation_id::text as key, sum(s.tickets) as n
                from statistics_month_organisation s
                join top on top.organisation_id = s.organisation_id
                join organisation o on o.id = s.organisation_id%1$s
                group by s.month, s.organisation_id
                """.formatted(where, TOP_ORGANISATIONS));
        if (filter.channel() != null) {
            sql.params.put("channel", filter.channel());
        }
        if (filter.region() != null) {
            sql.params.put("region", filter.region());
        }
        return perMonth(range, sql);
    }

    private Map<@Nullable String, long[]> perMonth(MonthRange range, Sql sql) {
        List<YearMonth> months = range.months();
        Map<@Nullable String, long[]> counts = new LinkedHashMap<>();
        sql.params.put("from", range.firstDay());
        sql.params.put("to", range.lastFirstDay());
        sql.query(jdbc)
                .query((rs, n) -> {
                    YearMonth month = YearMonth.from(rs.getObject("month", LocalDate.class));
                    counts.computeIfAbsent(rs.getString("key"), k -> new long[months.size()])[months.indexOf(month)] +=
                            rs.getLong("n");
                    return month;
                })
                .list();
        return counts;
    }

    private List<MonthIndicators> indicators(MonthRange range, StatisticsFilter filter) {
        // The period's months and every later one: the backlog at a month's end is what is open now less what the
        // later months added (received minus resolved); the earlier history is never read.
        Sql sql = new Sql("""
                select month, sum(tickets) as tickets, sum(first_contact) as first_contact, sum(escalated) as escalated,
                       sum(within_sla) as within_sla, sum(complaints) as complaints, sum(tickets) - sum(resolved) as net
                from statistics_month where month >= :from""");
        sql.filter(filter);
        sql.append(" group by month");
        sql.params.put("from", range.firstDay());
        Map<YearMonth, long[]> figures = new HashMap<>();
        sql.query(jdbc)
                .query((rs, n) -> {
                    YearMonth month = YearMonth.from(rs.getObject("month", LocalDate.class));
                    figures.put(month, new long[] {
                        rs.getLong("tickets"),
                        rs.getLong("first_contact"),
                        rs.getLong("escalated"),
                        rs.getLong("within_sla"),
                        rs.getLong("complaints"),
                        rs.getLong("net")
                    });
                    return month;
                })
                .list();
        Sql open = new Sql("select coalesce(sum(open), 0) from statistics_month where open > 0");
        open.filter(filter);
        long openNow = open.query(jdbc).query(Long.class).single();

        Map<YearMonth, WorkingTimeHistogram> workingTimes = workingTimes(range, filter);
        List<MonthIndicators> indicators = new ArrayList<>();
        for (YearMonth month : range.months()) {
            long later = figures.entrySet().stream()
                    .filter(e -> e.getKey().isAfter(month))
                    .mapToLong(e -> e.getValue()[5])
                    .sum();
            long[] f = figures.getOrDefault(month, new long[6]);
            WorkingTimeHistogram times = workingTimes.getOrDefault(month, new WorkingTimeHistogram());
            indicators.add(new MonthIndicators(
                    month,
                    f[0],
                    f[1],
                    f[2],
                    f[3],
                    f[4],
                    openNow - later,
                    times.percentileMinutes(0.5),
                    times.percentileMinutes(0.9)));
        }
        return indicators;
    }

    private Map<YearMonth, WorkingTimeHistogram> workingTimes(MonthRange range, StatisticsFilter filter) {
        Sql sql = new Sql("select month, bucket, sum(escalations) as n from statistics_working_time"
                + " where month between :from and :to");
        sql.filter(filter);
        sql.append(" group by month, bucket");
        sql.params.put("from", range.firstDay());
        sql.params.put("to", range.lastFirstDay());
        Map<YearMonth, WorkingTimeHistogram> histograms = new HashMap<>();
        sql.query(jdbc)
                .query((rs, n) -> {
                    YearMonth month = YearMonth.from(rs.getObject("month", LocalDate.class));
                    histograms
                            .computeIfAbsent(month, m -> new WorkingTimeHistogram())
                            .add(rs.getInt("bucket"), rs.getLong("n"));
                    return month;
                })
                .list();
        return histograms;
    }

    /** A query over the roll-up with the filter's conditions: fixed SQL fragments, the values as parameters. */
    private static final class Sql {
        private final StringBuilder text;
        private final Map<String, Object> params = new HashMap<>();

        Sql(String text) {
            this.text = new StringBuilder(text);
        }

        void append(String more) {
            text.append(more);
        }

        void filter(StatisticsFilter filter) {
            condition("domain_code", "domain", filter.domain());
            condition("queue_id", "queue", filter.queue());
            condition("channel", "channel", filter.channel());
            condition("language", "language", filter.language());
            condition("region", "region", filter.region());
        }

        private void condition(String column, String name, @Nullable Object value) {
            if (value != null) {
                text.append(" and ").append(column).append(" = :").append(name);
                params.put(name, value);
            }
        }

        JdbcClient.StatementSpec query(JdbcClient jdbc) {
            JdbcClient.StatementSpec spec = jdbc.sql(text.toString());
            params.forEach(spec::param);
            return spec;
        }
    }
}

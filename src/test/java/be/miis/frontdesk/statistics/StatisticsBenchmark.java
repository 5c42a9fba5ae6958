package be.miis.frontdesk.statistics;

import be.miis.frontdesk.test.BenchmarkApplication;
import be.miis.frontdesk.test.GeneratedTickets;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The 12-month overview at 10 million tickets (issue #6: ≤ 300 ms), beside the naive GROUP BY over the raw rows in
 * the same run. Generates the tickets set-based on a fresh embedded PostgreSQL (2017–2026, 580 organisations, one in
 * five escalated with its working time), counts the roll-up once, then times {@link StatisticsService#overview} and
 * the raw query, checks that both give the same figures, and times the refresh after a day's new tickets. Writes
 * {@code target/benchmarks/statistics.md}.
 *
 * <p>A program, run by {@code ./mvnw -Pbenchmark verify}; {@code -Dbenchmark.tickets=…} changes the size.
 */
public final class StatisticsBenchmark {

    private static final int TICKETS = Integer.getInteger("benchmark.tickets", 10_000_000);
    private static final int BATCH = 1_000_000;
    private static final int RUNS = 50;
    private static final int NAIVE_RUNS = 5;
    private static final Path OUTPUT = Path.of("target/benchmarks");
    private static final YearMonth LAST = YearMonth.of(2026, 10);

    /** The raw figures per month and channel: what the overview's table shows, straight from the tickets. */
    private static final String NAIVE = """
            select date_trunc('month', t.received_at at time zone 'Europe/Brussels')::date as month, t.channel,
                   count(*) as tickets,
                   count(*) filter (where not t.escalated and t.status in ('ANSWERED', 'CLOSED')) as first_contact,
                   count(*) filter (where t.escalated) as escalated,
                   count(*) filter (where e.met) as within_sla,
                   count(*) filter (where t.type = 'COMPLAINT') as complaints
            from ticket t left join escalation e on e.ticket_id = t.id
            where t.received_at >= :from and t.received_at < :to
            group by 1, 2
            """;

    private final StatisticsService statistics;
    private final StatisticsRollup rollup;
    private final JdbcClient jdbc;

    StatisticsBenchmark(StatisticsService statistics, StatisticsRollup rollup, JdbcClient jdbc) {
        this.statistics = statistics;
        this.rollup = rollup;
        this.jdbc = jdbc;
    }

    public static void main(String[] args) throws Exception {
        Files.createDirectories(OUTPUT);
        try (BenchmarkApplication app = BenchmarkApplication.start(EmbeddedPostgres.builder()
                .setServerConfig("shared_buffers", "1GB")
                .setServerConfig("work_mem", "64MB")
                .setServerConfig("max_wal_size", "8GB")
                .setServerConfig("synchronous_commit", "off"))) {
            new StatisticsBenchmark(
                            app.bean(StatisticsService.class),
                            app.bean(StatisticsRollup.class),
                            app.bean(JdbcClient.class))
                    .run();
        }
    }

    void run() throws Exception {
        long t0 = System.nanoTime();
        generate();
        double generation = seconds(t0);
        long t1 = System.nanoTime();
        int months = rollup.refresh().size();
        double firstCount = seconds(t1);
        long rollupRows = jdbc.sql("select count(*) from statistics_month")
                .query(Long.class)
                .single();

        MonthRange year = MonthRange.lastTwelve(LAST);
        StatisticsFilter rmiPhone = new StatisticsFilter("RMI", null, "PHONE", null, null);
        List<Double> overview = new ArrayList<>();
        List<Double> filtered = new ArrayList<>();
        List<Double> byOrganisation = new ArrayList<>();
        MonthlyOverview result = null;
        for (int i = 0; i < RUNS + 5; i++) {
            long s = System.nanoTime();
            result = statistics.overview(year, Breakdown.CHANNEL, StatisticsFilter.NONE);
            double ms = millis(s);
            s = System.nanoTime();
            statistics.overview(year, Breakdown.DOMAIN, rmiPhone);
            double msFiltered = millis(s);
            s = System.nanoTime();
            statistics.overview(year, Breakdown.ORGANISATION, StatisticsFilter.NONE);
            double msOrganisation = millis(s);
            if (i >= 5) { // the first runs warm the JIT and the caches
                overview.add(ms);
                filtered.add(msFiltered);
                byOrganisation.add(msOrganisation);
            }
        }
        List<Double> naive = new ArrayList<>();
        Map<String, Long> raw = new TreeMap<>();
        for (int i = 0; i < NAIVE_RUNS; i++) {
            long s = System.nanoTime();
            raw.clear();
            jdbc.sql(NAIVE)
                    .param("from", StatisticsRollup.startOf(year.from().atDay(1)))
                    .param(
                            "to",
                            StatisticsRollup.startOf(year.to().plusMonths(1).atDay(1)))
                    .query((rs, n) -> raw.merge(
                            YearMonth.from(rs.getObject("month", LocalDate.class)) + " " + rs.getString("channel"),
                            rs.getLong("tickets"),
                            Long::sum))
                    .list();
            naive.add(millis(s));
        }
        check(result, raw);

        // A day's intake in the current month, then the refresh that counts it.
        jdbc.sql(insert("D", 1, 3_000, "timestamptz '2026-10-15 07:00+00' + (n % 600) * interval '1 minute'"))
                .update();
        long t2 = System.nanoTime();
        rollup.refresh();
        double incremental = millis(t2);

        StringBuilder report = new StringBuilder();
        report.append("## Monthly statistics at %,d tickets%n%n".formatted(TICKETS));
        report.append(
                ("Generated in %.0f s (2017–2026, 580 organisations in 10 provinces and Brussels, 20 %% escalated); the first count of the "
                                + "roll-up (%d months) took %.0f s and holds %,d rows. %d runs of each read after 5 warm-up "
                                + "runs; the naive query %d times.%n%n")
                        .formatted(generation, months, firstCount, rollupRows, RUNS, NAIVE_RUNS));
        report.append("| query (12 months) | p50 | p95 | max |\n|---|---:|---:|---:|\n");
        report.append(row("overview by channel, all tickets (roll-up)", overview));
        report.append(row("overview by domain, RMI by phone (roll-up)", filtered));
        report.append(row("top organisations (roll-up)", byOrganisation));
        report.append(row("naive GROUP BY over the raw tickets", naive));
        report.append("%nRefresh after 3 000 new tickets in one month (recounts that month): %.0f ms.%n"
                .formatted(incremental));
        report.append("%n%s.%n".formatted(BenchmarkApplication.machine()));
        Files.writeString(OUTPUT.resolve("statistics.md"), report);
        System.out.println(report);
    }

    /** The roll-up's answer must be the raw tickets' answer, month by month and channel by channel. */
    private static void check(MonthlyOverview overview, Map<String, Long> raw) {
        List<YearMonth> months = overview.months();
        for (MonthlyOverview.Row row : overview.rows()) {
            for (int m = 0; m < months.size(); m++) {
                long expected = raw.getOrDefault(months.get(m) + " " + row.key(), 0L);
                if (row.count(m) != expected) {
                    throw new IllegalStateException(
                            "%s %s: roll-up %d, raw %d".formatted(months.get(m), row.key(), row.count(m), expected));
                }
            }
        }
    }

    private void generate() {
        GeneratedTickets.organisations(jdbc);
        // Not what this benchmark measures, and the slowest index to maintain while ten million rows go in.
        jdbc.sql("drop index ticket_search_idx").update();
        long days = LAST.atEndOfMonth().toEpochDay() - LocalDate.of(2017, 1, 1).toEpochDay() + 1;
        String receivedAt =
                "timestamptz '2017-01-01 07:00+00' + (n %% %d) * interval '1 day' + (n::bigint * 7919 %% 600) * interval '1 minute'"
                        .formatted(days);
        for (int from = 1; from <= TICKETS; from += BATCH) {
            int to = Math.min(TICKETS, from + BATCH - 1);
            jdbc.sql(insert("B", from, to, receivedAt)).update();
            System.out.printf("  %,d tickets%n", to);
        }
        GeneratedTickets.escalations(jdbc);
        jdbc.sql("create index ticket_search_idx on ticket using gin (search_vector)")
                .update();
        jdbc.sql("vacuum analyze").update();
    }

    /** Tickets answered two hours after receipt, one in fifty still new, all logged by the same agent. */
    private static String insert(String prefix, int from, int to, String receivedAt) {
        return GeneratedTickets.insert(
                prefix,
                from,
                to,
                new GeneratedTickets.Spread(
                        receivedAt,
                        "case when n % 50 = 0 then 'NEW' else 'ANSWERED' end",
                        "'bench'",
                        "null::varchar",
                        "null::bigint"));
    }

    private static String row(String name, List<Double> millis) {
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        return "| %s | %.1f ms | %.1f ms | %.1f ms |%n"
                .formatted(
                        name,
                        sorted.get(sorted.size() / 2),
                        sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1),
                        sorted.get(sorted.size() - 1));
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static double millis(long since) {
        return (System.nanoTime() - since) / 1e6;
    }
}

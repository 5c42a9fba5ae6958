package be.miis.frontdesk.escalation;

import be.miis.frontdesk.test.BenchmarkApplication;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Re-applying a calendar change to 100 000 open escalations (issue #5: "in seconds, not minutes"): generates the
 * escalations set-based on a fresh embedded PostgreSQL (received over 2024–2026, one in ten with a finished pause and
 * one in twenty waiting), then times {@link EscalationService#addClosureDay} (a bridge day: every deadline is
 * recomputed from its history) and {@link EscalationService#removeClosureDay}, and checks a sample of the stored
 * deadlines against the calendar computed directly. Writes {@code target/benchmarks/reapply-calendar.md}.
 *
 * <p>A program, run by {@code ./mvnw -Pbenchmark verify}; {@code -Dbenchmark.escalations=…} changes the size.
 */
public final class ReapplyCalendarBenchmark {

    private static final int ESCALATIONS = Integer.getInteger("benchmark.escalations", 100_000);
    private static final Path OUTPUT = Path.of("target/benchmarks");

    private final CalendarAdministration businessCalendar;
    private final WorkingCalendar calendar;
    private final JdbcClient jdbc;

    ReapplyCalendarBenchmark(CalendarAdministration businessCalendar, WorkingCalendar calendar, JdbcClient jdbc) {
        this.businessCalendar = businessCalendar;
        this.calendar = calendar;
        this.jdbc = jdbc;
    }

    public static void main(String[] args) throws Exception {
        Files.createDirectories(OUTPUT);
        try (BenchmarkApplication app =
                BenchmarkApplication.start(EmbeddedPostgres.builder().setServerConfig("shared_buffers", "512MB"))) {
            new ReapplyCalendarBenchmark(
                            app.bean(CalendarAdministration.class),
                            app.bean(WorkingCalendar.class),
                            app.bean(JdbcClient.class))
                    .run();
        }
    }

    void run() throws IOException {
        long start = System.nanoTime();
        generate();
        double generation = (System.nanoTime() - start) / 1e9;
        // A bridge day in the middle of the received-at span moves about half the deadlines by a working day.
        LocalDate bridge = LocalDate.of(2025, 5, 2);

        List<Double> add = new ArrayList<>();
        List<Double> remove = new ArrayList<>();
        int recomputed = 0;
        for (int round = 0; round < 3; round++) {
            long t0 = System.nanoTime();
            recomputed = businessCalendar.addClosureDay(bridge, "Brugdag", "Jour de pont");
            add.add((System.nanoTime() - t0) / 1e9);
            check();
            long t1 = System.nanoTime();
            businessCalendar.removeClosureDay(bridge);
            remove.add((System.nanoTime() - t1) / 1e9);
            check();
        }
        if (recomputed != ESCALATIONS) {
            throw new IllegalStateException("recomputed " + recomputed + " of " + ESCALATIONS);
        }
        StringBuilder report = new StringBuilder();
        report.append("## Re-applying a calendar change to %,d open escalations%n%n".formatted(ESCALATIONS));
        report.append(
                "Generated in %.0f s (10 %% with a finished pause, 5 %% waiting for the customer). Each round adds "
                                .formatted(generation)
                        + "a bridge day (every open deadline recomputed from received-at and pauses, in one transaction) "
                        + "and removes it again; a sample of 2 000 stored deadlines is checked against the calendar after "
                        + "each step.\n\n");
        report.append("| step | round 1 | round 2 | round 3 |\n|---|---:|---:|---:|\n");
        report.append("| add a closure day | %s |\n".formatted(seconds(add)));
        report.append("| remove it | %s |\n\n".formatted(seconds(remove)));
        report.append("%s.%n".formatted(BenchmarkApplication.machine()));
        Files.writeString(OUTPUT.resolve("reapply-calendar.md"), report);
        System.out.println(report);
    }

    private static String seconds(List<Double> values) {
        return String.join(
                " | ", values.stream().map(v -> "%.1f s".formatted(v)).toList());
    }

    /** Escalations received on working days of 2024–2026, as the ticket module's events would have opened them. */
    private void generate() {
        jdbc.sql("""
                        insert into escalation (ticket_id, ticket_reference, queue_id, received_at, sla_minutes,
                                                at_risk_at, deadline, escalated_at, escalated_by)
                        select g, 'BENCH-' || lpad(g::text, 7, '0'),
                               (select min(id) from escalation_queue) + g % 10,
                               timestamptz '2024-01-01 08:00:00+00' + (g * 9973 % (3 * 365 * 24 * 60)) * interval '1 minute',
                               960, now(), now(), now(), 'bench'
                        from generate_series(1, :n) g
                        """).param("n", ESCALATIONS).update();
        jdbc.sql("""
                        insert into escalation_pause (escalation_id, paused_at, resumed_at)
                        select id, received_at + interval '3 hours',
                               case when id % 20 = 0 then null else received_at + interval '27 hours' end
                        from escalation where id % 10 = 0 or id % 20 = 0
                        """).update();
        jdbc.sql("vacuum analyze escalation").update();
        jdbc.sql("vacuum analyze escalation_pause").update();
        businessCalendar.reapplyCalendar(); // the generated rows get their real deadlines
    }

    /** A sample of stored deadlines equals what the calendar computes from the same history. */
    private void check() {
        BusinessCalendar working = calendar.current();
        jdbc.sql("""
                        select e.id, e.received_at, e.sla_minutes, e.deadline,
                               array_agg(p.paused_at order by p.paused_at) filter (where p.resumed_at is not null) as froms,
                               array_agg(p.resumed_at order by p.paused_at) filter (where p.resumed_at is not null) as tos
                        from escalation e left join escalation_pause p on p.escalation_id = e.id
                        where e.id % 100 = 7 or e.id % 100 = 10
                        group by e.id
                        """)
                .query((rs, n) -> {
                    List<Pause> pauses = new ArrayList<>();
                    java.sql.Array froms = rs.getArray("froms");
                    java.sql.Array tos = rs.getArray("tos");
                    if (froms != null) {
                        Object[] f = (Object[]) froms.getArray();
                        Object[] t = (Object[]) Objects.requireNonNull(tos).getArray();
                        for (int i = 0; i < f.length; i++) {
                            pauses.add(new Pause(
                                    ((java.sql.Timestamp) f[i]).toInstant(), ((java.sql.Timestamp) t[i]).toInstant()));
                        }
                    }
                    Instant expected = working.deadline(
                            rs.getTimestamp("received_at").toInstant(),
                            Duration.ofMinutes(rs.getInt("sla_minutes")),
                            pauses);
                    if (!expected.equals(rs.getTimestamp("deadline").toInstant())) {
                        throw new IllegalStateException("escalation " + rs.getLong("id") + ": stored "
                                + rs.getTimestamp("deadline").toInstant() + ", computed " + expected);
                    }
                    return n;
                })
                .list();
    }
}

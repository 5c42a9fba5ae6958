package be.miis.frontdesk.statistics;

import be.miis.frontdesk.escalation.EscalationFigures;
import be.miis.frontdesk.shared.BusinessTime;
import be.miis.frontdesk.statistics.Dashboard.Intake;
import be.miis.frontdesk.statistics.Dashboard.OldTicket;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the manager's dashboard; days and weeks (from Monday) in Brussels time. Tickets are read through the
 * ticket module's contract for counting, the view {@code ticket_fact} (docs/statistics.md).
 */
@Service
public class DashboardService {

    static final int OLDEST = 5;

    private final JdbcClient jdbc;
    private final EscalationFigures figures;
    private final Clock clock;

    DashboardService(JdbcClient jdbc, EscalationFigures figures, Clock clock) {
        this.jdbc = jdbc;
        this.figures = figures;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Dashboard dashboard() {
        LocalDate today = LocalDate.now(clock.withZone(BusinessTime.ZONE));
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        Map<String, long[]> counts = new HashMap<>();
        jdbc.sql("""
                        select channel, count(*) filter (where received_at >= :today) as today, count(*) as week
                        from ticket_fact where received_at >= :monday group by channel
                        """)
                .param("today", start(today))
                .param("monday", start(monday))
                .query((rs, n) ->
                        counts.put(rs.getString("channel"), new long[] {rs.getLong("today"), rs.getLong("week")}))
                .list();
        List<Intake> intake = StatisticsService.CHANNELS.stream()
                .map(channel -> {
                    long[] c = counts.getOrDefault(channel, new long[2]);
                    return new Intake(channel, c[0], c[1]);
                })
                .toList();
        List<OldTicket> oldest = jdbc.sql("""
                        select reference, domain_code, status, received_at from ticket_fact
                        where is_open
                        order by received_at, id limit :limit
                        """)
                .param("limit", OLDEST)
                .query((rs, n) -> new OldTicket(
                        rs.getString("reference"),
                        rs.getString("domain_code"),
                        rs.getString("status"),
                        rs.getObject("received_at", OffsetDateTime.class).toInstant()))
                .list();
        LocalDate firstOfMonth = today.withDayOfMonth(1);
        long breaches = figures.countBreaches(
                start(firstOfMonth).toInstant(),
                start(firstOfMonth.plusMonths(1)).toInstant());
        return new Dashboard(intake, figures.countOpenBySlaState(), breaches, oldest);
    }

    private static OffsetDateTime start(LocalDate day) {
        return StatisticsRollup.startOf(day);
    }
}

package be.miis.frontdesk.escalation;

import be.miis.frontdesk.escalation.Escalation.Schedule;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Re-applies the calendar (opening hours, closure days, a queue's guarantee) to every open escalation, set-based:
 * a page of escalations with their finished pauses in one query, the deadlines computed in memory as {@link
 * Escalation} computes them, and the page written back in one UPDATE over arrays. Through JPA, 100 000 open
 * escalations took minutes (one UPDATE each, and a persistence context that grew with every page); this way it
 * takes seconds (README, "Re-applying a calendar change").
 *
 * <p>Each row is written only if its version is still the one read, and the version is raised: an escalation that
 * a ticket changed meanwhile (paused, resumed, answered) is recomputed again from what that change left, never
 * overwritten with a deadline from its old history; and a transaction that had loaded the old version fails its
 * own optimistic check instead of writing its stale deadline back.
 */
@Component
class CalendarReapplication {

    private static final int PAGE = 5_000;
    private static final int ATTEMPTS = 3;

    private final JdbcClient jdbc;

    CalendarReapplication(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Recomputes the open escalations (all, or those of one queue) on this calendar with the guarantee of their
     * queue in working days; returns how many were recomputed.
     */
    int reapply(BusinessCalendar calendar, Map<Long, Integer> slaDaysByQueue, int defaultDays, @Nullable Long queueId) {
        int count = 0;
        long last = 0;
        List<Row> page;
        do {
            page = page(last, queueId);
            List<Row> pending = page;
            for (int attempt = 0; attempt < ATTEMPTS && !pending.isEmpty(); attempt++) {
                List<Long> missed = write(pending, calendar, slaDaysByQueue, defaultDays);
                pending = missed.isEmpty() ? List.of() : rows(missed);
            }
            if (!pending.isEmpty()) {
                throw new IllegalStateException("escalations kept changing while the calendar was re-applied");
            }
            if (!page.isEmpty()) {
                last = page.get(page.size() - 1).id();
            }
            count += page.size();
        } while (page.size() == PAGE);
        return count;
    }

    private List<Row> page(long after, @Nullable Long queueId) {
        return jdbc.sql(SELECT.formatted("e.answered_at is null and e.id > :after"
                                + (queueId == null ? "" : " and e.queue_id = :queue"))
                        + " order by e.id limit :limit")
                .param("after", after)
                .param("queue", queueId == null ? 0L : queueId)
                .param("limit", PAGE)
                .query(CalendarReapplication::row)
                .list();
    }

    private List<Row> rows(List<Long> ids) {
        return jdbc.sql(SELECT.formatted("e.answered_at is null and e.id = any(:ids)") + " order by e.id")
                .param("ids", ids.stream().mapToLong(Long::longValue).toArray())
                .query(CalendarReapplication::row)
                .list();
    }

    /** Writes the new schedules; returns the ids whose version changed since they were read. */
    private List<Long> write(List<Row> rows, BusinessCalendar calendar, Map<Long, Integer> slaDays, int defaultDays) {
        int n = rows.size();
        long[] ids = new long[n];
        int[] versions = new int[n];
        int[] minutes = new int[n];
        long[] deadlines = new long[n];
        long[] risks = new long[n];
        for (int i = 0; i < n; i++) {
            Row row = rows.get(i);
            Duration sla = calendar.workingDays(slaDays.getOrDefault(row.queueId(), defaultDays));
            Schedule schedule = Schedule.of(calendar, row.receivedAt(), sla, row.finishedPauses());
            ids[i] = row.id();
            versions[i] = row.version();
            minutes[i] = Math.toIntExact(sla.toMinutes());
            deadlines[i] = micros(schedule.deadline());
            risks[i] = micros(schedule.atRiskAt());
        }
        List<Long> written = jdbc.sql("""
                        update escalation e
                        set sla_minutes = u.minutes,
                            deadline = timestamptz 'epoch' + u.deadline * interval '1 microsecond',
                            at_risk_at = timestamptz 'epoch' + u.risk * interval '1 microsecond',
                            version = e.version + 1
                        from unnest(:ids, :versions, :minutes, :deadlines, :risks)
                            as u (id, version, minutes, deadline, risk)
                        where e.id = u.id and e.version = u.version
                        returning e.id
                        """)
                .param("ids", ids)
                .param("versions", versions)
                .param("minutes", minutes)
                .param("deadlines", deadlines)
                .param("risks", risks)
                .query(Long.class)
                .list();
        if (written.size() == n) {
            return List.of();
        }
        List<Long> missed = new ArrayList<>();
        Set<Long> done = new HashSet<>(written);
        for (long id : ids) {
            if (!done.contains(id)) {
                missed.add(id);
            }
        }
        return missed;
    }

    private static long micros(Instant instant) {
        return ChronoUnit.MICROS.between(Instant.EPOCH, instant);
    }

    /** An open escalation with its finished pauses, in the order they happened. */
    private static final String SELECT = """
            select e.id, e.version, e.queue_id, e.received_at,
                   (select array_agg(p.paused_at order by p.paused_at) from escalation_pause p
                    where p.escalation_id = e.id and p.resumed_at is not null) as froms,
                   (select array_agg(p.resumed_at order by p.paused_at) from escalation_pause p
                    where p.escalation_id = e.id and p.resumed_at is not null) as tos
            from escalation e
            where %s
            """;

    private static Row row(ResultSet rs, int n) throws SQLException {
        List<Pause> pauses = new ArrayList<>();
        Array froms = rs.getArray("froms");
        if (froms != null) {
            Object[] from = (Object[]) froms.getArray();
            Object[] to = (Object[]) Objects.requireNonNull(rs.getArray("tos")).getArray();
            for (int i = 0; i < from.length; i++) {
                pauses.add(new Pause(((Timestamp) from[i]).toInstant(), ((Timestamp) to[i]).toInstant()));
            }
        }
        return new Row(
                rs.getLong("id"),
                rs.getInt("version"),
                rs.getLong("queue_id"),
                rs.getTimestamp("received_at").toInstant(),
                pauses);
    }

    private record Row(long id, int version, long queueId, Instant receivedAt, List<Pause> finishedPauses) {}
}

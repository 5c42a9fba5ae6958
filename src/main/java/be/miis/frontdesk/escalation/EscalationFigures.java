package be.miis.frontdesk.escalation;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts over the open and past escalations for the backoffice overview and the managers' dashboard: open per
 * queue, where they stand against the guarantee, breaches in a period and the workload per expert. Each is one
 * grouped query on the escalation tables' partial indexes.
 */
@Service
public class EscalationFigures {

    private final JdbcClient jdbc;
    private final Clock clock;

    EscalationFigures(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Open escalations per queue id, for the queue overview (one grouped query on the partial index). */
    @Transactional(readOnly = true)
    public Map<Long, Long> countOpenByQueue() {
        return jdbc.sql("""
                        select queue_id, count(*) as n from escalation
                        where answered_at is null and returned_at is null group by queue_id
                        """).query((rs, n) -> Map.entry(rs.getLong("queue_id"), rs.getLong("n"))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /**
     * Open escalations (in a queue, not handed back) by where they stand now: ON_TIME, AT_RISK and BREACHED, each
     * present. One waiting for the customer is judged as it stood when the clock stopped, as {@link SlaState} is.
     */
    @Transactional(readOnly = true)
    public Map<SlaState, Long> countOpenBySlaState() {
        return jdbc.sql("""
                        select count(*) filter (where judged < at_risk_at) as on_time,
                               count(*) filter (where judged >= at_risk_at and judged <= deadline) as at_risk,
                               count(*) filter (where judged > deadline) as breached
                        from (
                            select e.at_risk_at, e.deadline, least(:now, coalesce(p.paused_at, :now)) as judged
                            from escalation e
                            left join escalation_pause p on p.escalation_id = e.id and p.resumed_at is null
                            where e.answered_at is null and e.returned_at is null
                        ) open
                        """)
                .param("now", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .query((rs, n) -> Map.of(
                        SlaState.ON_TIME, rs.getLong("on_time"),
                        SlaState.AT_RISK, rs.getLong("at_risk"),
                        SlaState.BREACHED, rs.getLong("breached")))
                .single();
    }

    /**
     * Escalations whose deadline fell from {@code from} (included) to {@code to} (excluded) and passed without an
     * answer before it: answered late, or still open after it.
     */
    @Transactional(readOnly = true)
    public long countBreaches(Instant from, Instant to) {
        Instant now = clock.instant();
        return jdbc.sql("""
                        select count(*) from escalation
                        where deadline >= :from and deadline < :to and deadline < :now
                          and (answered_at is null or answered_at > deadline)
                        """)
                .param("from", OffsetDateTime.ofInstant(from, ZoneOffset.UTC))
                .param("to", OffsetDateTime.ofInstant(to, ZoneOffset.UTC))
                .param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .query(Long.class)
                .single();
    }

    /**
     * The workload of a queue per expert, for its lead: open escalations each has, and how many of them wait for
     * the customer, are at risk or are breached now; null username = nobody has taken them yet. One grouped
     * query over the queue's open escalations.
     */
    @Transactional(readOnly = true)
    public List<Workload> workload(long queueId) {
        return jdbc.sql("""
                        select e.assignee,
                               count(*) as open,
                               count(*) filter (where p.escalation_id is not null) as waiting,
                               count(*) filter (where p.escalation_id is null and e.at_risk_at <= :now
                                                  and e.deadline >= :now) as at_risk,
                               count(*) filter (where p.escalation_id is null and e.deadline < :now) as breached
                        from escalation e
                        left join escalation_pause p on p.escalation_id = e.id and p.resumed_at is null
                        where e.queue_id = :queue and e.answered_at is null and e.returned_at is null
                        group by e.assignee
                        order by e.assignee nulls first
                        """)
                .param("queue", queueId)
                .param("now", Timestamp.from(clock.instant()))
                .query((rs, n) -> new Workload(
                        rs.getString("assignee"),
                        rs.getLong("open"),
                        rs.getLong("waiting"),
                        rs.getLong("at_risk"),
                        rs.getLong("breached")))
                .list();
    }
}

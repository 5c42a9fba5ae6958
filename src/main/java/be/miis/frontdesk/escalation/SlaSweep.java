package be.miis.frontdesk.escalation;

import be.miis.frontdesk.identity.IdentityService;
import be.miis.frontdesk.identity.UserView;
import java.sql.Array;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the warnings of the guarantee: "at risk" once 75 % of the working time is used, "breached" after the
 * deadline; each once per escalation, to the assigned expert and the queue lead (the queue's members when it has
 * neither), in the app and through the {@link SlaNotifier}.
 *
 * <p>Exactly once, with any number of instances: each batch claims its escalations with an UPDATE of the
 * {@code ..._warned_at} column that only matches rows still unwarned ({@code FOR UPDATE SKIP LOCKED}, so a second
 * sweep passes over rows the first one holds), and records the in-app notices in the same transaction. The ShedLock
 * lock on {@link #run()} only spares the other instances the work; the claim is what guarantees the once. The port
 * is called after the commit, so a rollback never leaves a mail behind for a warning that was not recorded.
 *
 * <p>A ticket waiting for the customer is judged as it stood when the clock stopped, as {@link Escalation#state}
 * does: the sweep compares at-risk moment and deadline with the earlier of now and the open pause's start.
 */
@Component
class SlaSweep {

    static final String LOCK = "escalation-sla-sweep";

    private static final Logger log = LoggerFactory.getLogger(SlaSweep.class);

    /*
     * The breach claim also marks the at-risk warning as sent: a ticket found already past its deadline (escalated
     * late, or the application was down) gets the one warning that is still true.
     */
    private static final String CLAIM_BREACHED = """
            with due as (
                select e.id from escalation e
                left join escalation_pause p on p.escalation_id = e.id and p.resumed_at is null
                where e.answered_at is null and e.returned_at is null and e.breach_warned_at is null
                  and e.deadline < :now
                  and e.deadline < least(:now, coalesce(p.paused_at, :now))
                order by e.deadline, e.id
                limit :batch
                for update of e skip locked
            )
            update escalation e
            set breach_warned_at = :now, at_risk_warned_at = coalesce(e.at_risk_warned_at, :now)
            from due
            where e.id = due.id and e.breach_warned_at is null
            returning e.ticket_reference, e.queue_id, e.assignee, e.deadline
            """;

    private static final String CLAIM_AT_RISK = """
            with due as (
                select e.id from escalation e
                left join escalation_pause p on p.escalation_id = e.id and p.resumed_at is null
                where e.answered_at is null and e.returned_at is null and e.at_risk_warned_at is null
                  and e.at_risk_at <= :now
                  and e.at_risk_at <= least(:now, coalesce(p.paused_at, :now))
                  and e.deadline >= least(:now, coalesce(p.paused_at, :now))
                order by e.at_risk_at, e.id
                limit :batch
                for update of e skip locked
            )
            update escalation e
            set at_risk_warned_at = :now
            from due
            where e.id = due.id and e.at_risk_warned_at is null
            returning e.ticket_reference, e.queue_id, e.assignee, e.deadline
            """;

    private final JdbcClient jdbc;
    private final JdbcTemplate inserts;
    private final TransactionTemplate transaction;
    private final IdentityService users;
    private final SlaNotifier notifier;
    private final Clock clock;
    private final int batchSize;

    SlaSweep(
            JdbcClient jdbc,
            JdbcTemplate inserts,
            PlatformTransactionManager transactions,
            IdentityService users,
            SlaNotifier notifier,
            Clock clock,
            SlaSweepProperties properties) {
        this.jdbc = jdbc;
        this.inserts = inserts;
        this.transaction = new TransactionTemplate(transactions);
        this.users = users;
        this.notifier = notifier;
        this.clock = clock;
        this.batchSize = properties.batchSize();
    }

    /**
     * One sweep under the cluster-wide lock: on another instance that holds it, this call does nothing. At least
     * 20 s held, so instances whose schedules fire together do not each run a sweep one after the other.
     */
    @SchedulerLock(name = LOCK, lockAtMostFor = "PT10M", lockAtLeastFor = "PT20S")
    public void run() {
        int sent = sweep(clock.instant());
        if (sent > 0) {
            log.info("SLA sweep: {} warnings sent", sent);
        }
    }

    /** Warns about every escalation due at {@code now}, a batch per transaction; returns the warnings sent. */
    int sweep(Instant now) {
        int sent = 0;
        // Breaches first: their claim also settles the at-risk warning of the same escalations.
        for (WarningKind kind : List.of(WarningKind.BREACHED, WarningKind.AT_RISK)) {
            Batch batch;
            do {
                batch = Objects.requireNonNull(transaction.execute(status -> claimAndRecord(kind, now)));
                batch.warnings().forEach(this::deliver);
                sent += batch.warnings().size();
            } while (batch.claimed() == batchSize);
        }
        return sent;
    }

    /** Claims a batch of escalations for one warning and records the in-app notices, in one transaction. */
    private Batch claimAndRecord(WarningKind kind, Instant now) {
        OffsetDateTime at = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
        List<Claimed> claimed = jdbc.sql(kind == WarningKind.BREACHED ? CLAIM_BREACHED : CLAIM_AT_RISK)
                .param("now", at)
                .param("batch", batchSize)
                .query((rs, n) -> new Claimed(
                        rs.getString("ticket_reference"),
                        rs.getLong("queue_id"),
                        rs.getString("assignee"),
                        rs.getObject("deadline", OffsetDateTime.class).toInstant()))
                .list();
        if (claimed.isEmpty()) {
            return new Batch(0, List.of());
        }
        Map<Long, Team> teams = teams(claimed.stream().map(Claimed::queueId).collect(Collectors.toSet()));
        Map<String, Optional<UserView>> known = new HashMap<>();
        List<SlaWarning> warnings = new ArrayList<>();
        for (Claimed escalation : claimed) {
            Set<String> recipients = recipients(escalation, teams.get(escalation.queueId()));
            if (recipients.isEmpty()) {
                log.warn("SLA warning {} for {}: the queue has no lead and no members", kind, escalation.reference());
            }
            for (String username : recipients) {
                known.computeIfAbsent(username, users::findByUsername)
                        .filter(UserView::enabled)
                        .ifPresent(user -> warnings.add(new SlaWarning(
                                user.username(),
                                user.displayName(),
                                user.email(),
                                user.language(),
                                escalation.reference(),
                                kind,
                                escalation.deadline())));
            }
        }
        // "on conflict do nothing": the unique key is a second guard behind the claim, never the first.
        inserts.batchUpdate("""
                insert into escalation_notice (recipient, ticket_reference, kind, created_at)
                values (?, ?, ?, ?) on conflict do nothing
                """, warnings, warnings.size(), (statement, warning) -> {
            statement.setString(1, warning.recipient());
            statement.setString(2, warning.ticketReference());
            statement.setString(3, warning.kind().name());
            statement.setObject(4, at);
        });
        return new Batch(claimed.size(), warnings);
    }

    /**
     * Who hears of an escalation: its expert and its queue's lead, once when they are the same person. With
     * neither, the queue's members: an unassigned ticket in a queue without a lead is the one nobody watches.
     */
    private static Set<String> recipients(Claimed escalation, @Nullable Team team) {
        Set<String> recipients = new LinkedHashSet<>();
        if (escalation.assignee() != null) {
            recipients.add(escalation.assignee());
        }
        if (team != null && team.lead() != null) {
            recipients.add(team.lead());
        }
        if (recipients.isEmpty() && team != null) {
            recipients.addAll(team.members());
        }
        return recipients;
    }

    /** Lead and members of the queues of a batch, in one query. */
    private Map<Long, Team> teams(Set<Long> queueIds) {
        return jdbc
                .sql("""
                        select q.id, q.lead_username,
                               array_remove(array_agg(m.username order by m.username), null) as members
                        from escalation_queue q
                        left join escalation_queue_member m on m.queue_id = q.id
                        where q.id in (:ids)
                        group by q.id, q.lead_username
                        """)
                .param("ids", queueIds)
                .query((rs, n) ->
                        new Team(rs.getLong("id"), rs.getString("lead_username"), strings(rs.getArray("members"))))
                .list()
                .stream()
                .collect(Collectors.toMap(Team::queueId, Function.identity()));
    }

    private static List<String> strings(Array array) throws SQLException {
        try {
            return List.of((String[]) array.getArray());
        } finally {
            array.free();
        }
    }

    private void deliver(SlaWarning warning) {
        try {
            notifier.notify(warning);
        } catch (RuntimeException e) {
            // The warning is in the app already; one failing mail must not stop the others.
            log.error(
                    "SLA warning {} for {} to {} not delivered",
                    warning.kind(),
                    warning.ticketReference(),
                    warning.recipient(),
                    e);
        }
    }

    private record Claimed(
            String reference, long queueId, @Nullable String assignee, Instant deadline) {}

    private record Team(long queueId, @Nullable String lead, List<String> members) {}

    private record Batch(int claimed, List<SlaWarning> warnings) {}
}

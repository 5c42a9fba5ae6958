package be.miis.frontdesk.privacy;

import be.miis.frontdesk.identity.AuditAction;
import be.miis.frontdesk.identity.AuditLog;
import be.miis.frontdesk.identity.AuditRetention;
import be.miis.frontdesk.mail.MailPersonalData;
import be.miis.frontdesk.shared.BusinessTime;
import be.miis.frontdesk.ticket.TicketPersonalData;
import be.miis.frontdesk.ticket.TicketPersonalData.TicketRef;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntSupplier;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The retention rules applied (docs/privacy.md, "Retention"): tickets finished (answered or closed) longer ago than their period lose their
 * personal data in every module that holds some of it, audit entries, decided quarantine entries and sent outbox
 * mails older than theirs are removed. A dry run counts what a run would do now; every run, dry or real, is logged
 * with its counts. A real run holds the database lock {@value #LOCK}, so the nightly run and an administrator's
 * "run now" never run at once on any instance; each batch is one transaction across the modules, so a run stopped
 * half-way leaves whole tickets done or untouched, and the next run takes up the rest.
 */
@Service
public class RetentionService {

    /** Who started the nightly run, in the log. */
    public static final String SCHEDULER = "scheduler";

    /** How many ticket references a run keeps in the log and a dry run shows. */
    public static final int SAMPLE = 100;

    static final String LOCK = "privacy-retention";

    private final TicketPersonalData tickets;
    private final MailPersonalData mail;
    private final TicketsElsewhere elsewhere;
    private final AuditRetention auditRetention;
    private final AuditLog audit;
    private final RetentionProperties properties;
    private final String cron;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final LockingTaskExecutor locks;

    RetentionService(
            TicketPersonalData tickets,
            MailPersonalData mail,
            TicketsElsewhere elsewhere,
            AuditRetention auditRetention,
            AuditLog audit,
            RetentionProperties properties,
            @Value("${frontdesk.retention.enabled:true}") boolean scheduled,
            @Value("${frontdesk.retention.cron:" + RetentionSchedule.DEFAULT_CRON + "}") String cron,
            JdbcClient jdbc,
            Clock clock,
            PlatformTransactionManager transactionManager,
            LockProvider lockProvider) {
        this.tickets = tickets;
        this.mail = mail;
        this.elsewhere = elsewhere;
        this.auditRetention = auditRetention;
        this.audit = audit;
        this.properties = properties;
        this.cron = scheduled ? cron : "-";
        this.jdbc = jdbc;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
        this.locks = new DefaultLockingTaskExecutor(lockProvider);
    }

    /** The rules in force, with the instants they reach back to now. */
    public RetentionRules rules() {
        return new RetentionRules(
                properties.tickets(),
                properties.audit(),
                properties.mail().quarantine(),
                properties.mail().outbox(),
                cron,
                cutoffs());
    }

    /** Counts what a run would do now, and logs it as a dry run. */
    public RetentionRun dryRun(String startedBy) {
        Instant startedAt = clock.instant();
        RetentionRules.Cutoffs cutoffs = cutoffs();
        List<String> references = tickets.finishedBefore(cutoffs.tickets(), SAMPLE).stream()
                .map(TicketRef::reference)
                .toList();
        Counts counts = new Counts(
                tickets.countFinishedBefore(cutoffs.tickets()),
                auditRetention.countBefore(cutoffs.audit()),
                mail.countDecidedQuarantineBefore(cutoffs.quarantine()),
                mail.countSentOutboxBefore(cutoffs.outbox()));
        return log(true, startedBy, startedAt, cutoffs, counts, references);
    }

    /**
     * Applies every rule now, under the lock, and logs what it did.
     *
     * @throws RetentionBusyException when another run holds the lock
     */
    public RetentionRun run(String startedBy) {
        try {
            LockingTaskExecutor.TaskResult<RetentionRun> result = locks.executeWithLock(
                    () -> apply(startedBy),
                    new LockConfiguration(clock.instant(), LOCK, Duration.ofHours(3), Duration.ZERO));
            if (!result.wasExecuted()) {
                throw new RetentionBusyException();
            }
            RetentionRun run = result.getResult();
            if (run == null) {
                throw new IllegalStateException("the retention run returned nothing");
            }
            return run;
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    private RetentionRun apply(String startedBy) {
        Instant startedAt = clock.instant();
        RetentionRules.Cutoffs cutoffs = cutoffs();
        int batchSize = properties.batchSize();
        List<String> references = new ArrayList<>();
        long ticketCount = 0;
        while (true) {
            List<TicketRef> batch = transactions.execute(status -> anonymiseBatch(cutoffs.tickets(), batchSize));
            if (batch == null || batch.isEmpty()) {
                break;
            }
            ticketCount += batch.size();
            batch.stream()
                    .limit(Math.max(0, SAMPLE - references.size()))
                    .forEach(ticket -> references.add(ticket.reference()));
        }
        long auditCount = inBatches(() -> auditRetention.removeBefore(cutoffs.audit(), batchSize));
        long quarantineCount = inBatches(() -> mail.removeDecidedQuarantineBefore(cutoffs.quarantine(), batchSize));
        long outboxCount = inBatches(() -> mail.removeSentOutboxBefore(cutoffs.outbox(), batchSize));
        return log(
                false,
                startedBy,
                startedAt,
                cutoffs,
                new Counts(ticketCount, auditCount, quarantineCount, outboxCount),
                references);
    }

    /** One batch of tickets in every module that holds personal data about them, in one transaction. */
    private List<TicketRef> anonymiseBatch(Instant cutoff, int batchSize) {
        List<TicketRef> batch = tickets.anonymiseFinishedBefore(cutoff, batchSize);
        elsewhere.anonymise(batch);
        return batch;
    }

    private long inBatches(IntSupplier batch) {
        long total = 0;
        while (true) {
            Integer removed = transactions.execute(status -> batch.getAsInt());
            if (removed == null || removed == 0) {
                return total;
            }
            total += removed;
        }
    }

    private RetentionRules.Cutoffs cutoffs() {
        return new RetentionRules.Cutoffs(
                before(properties.tickets()),
                before(properties.audit()),
                before(properties.mail().quarantine()),
                before(properties.mail().outbox()));
    }

    /** The instant {@code period} before now, counted in Brussels' calendar (a year is a calendar year). */
    private Instant before(Period period) {
        return clock.instant().atZone(BusinessTime.ZONE).minus(period).toInstant();
    }

    private record Counts(long tickets, long auditEntries, long quarantinedMails, long outboxMails) {}

    private RetentionRun log(
            boolean dryRun,
            String startedBy,
            Instant startedAt,
            RetentionRules.Cutoffs cutoffs,
            Counts counts,
            List<String> references) {
        return transactions.execute(status -> {
            Instant finishedAt = clock.instant();
            long id = jdbc.sql("""
                            insert into privacy_run (dry_run, started_by, started_at, finished_at, tickets_cutoff,
                                                     audit_cutoff, quarantine_cutoff, outbox_cutoff, tickets,
                                                     audit_entries, quarantined_mails, outbox_mails, ticket_references)
                            values (:dry, :by, :started, :finished, :ticketsCutoff, :auditCutoff, :quarantineCutoff,
                                    :outboxCutoff, :tickets, :audit, :quarantine, :outbox, :references)
                            returning id
                            """)
                    .param("dry", dryRun)
                    .param("by", startedBy)
                    .param("started", Timestamp.from(startedAt))
                    .param("finished", Timestamp.from(finishedAt))
                    .param("ticketsCutoff", Timestamp.from(cutoffs.tickets()))
                    .param("auditCutoff", Timestamp.from(cutoffs.audit()))
                    .param("quarantineCutoff", Timestamp.from(cutoffs.quarantine()))
                    .param("outboxCutoff", Timestamp.from(cutoffs.outbox()))
                    .param("tickets", counts.tickets())
                    .param("audit", counts.auditEntries())
                    .param("quarantine", counts.quarantinedMails())
                    .param("outbox", counts.outboxMails())
                    .param("references", String.join(" ", references))
                    .query(Long.class)
                    .single();
            audit.record(
                    startedBy,
                    dryRun ? AuditAction.RETENTION_DRY_RUN : AuditAction.RETENTION_RUN,
                    "retention_run",
                    Long.toString(id),
                    "tickets=%d audit=%d quarantine=%d outbox=%d"
                            .formatted(
                                    counts.tickets(),
                                    counts.auditEntries(),
                                    counts.quarantinedMails(),
                                    counts.outboxMails()));
            return new RetentionRun(
                    id,
                    dryRun,
                    startedBy,
                    startedAt,
                    finishedAt,
                    cutoffs,
                    counts.tickets(),
                    counts.auditEntries(),
                    counts.quarantinedMails(),
                    counts.outboxMails(),
                    references);
        });
    }

    /** The log, newest first: at most {@code limit} runs before the run {@code beforeId} (all when null). */
    public List<RetentionRun> runs(@Nullable Long beforeId, int limit) {
        return jdbc.sql(RUNS + """
                        where cast(:before as bigint) is null or id < :before
                        order by id desc
                        limit :limit
                        """)
                .param("before", beforeId)
                .param("limit", limit)
                .query((rs, n) -> run(rs))
                .list();
    }

    /**
     * One run of the log.
     *
     * @throws RetentionRunNotFoundException when there is none with that id
     */
    public RetentionRun findRun(long id) {
        return jdbc.sql(RUNS + " where id = :id")
                .param("id", id)
                .query((rs, n) -> run(rs))
                .optional()
                .orElseThrow(() -> RetentionRunNotFoundException.forId(id));
    }

    private static final String RUNS = """
            select id, dry_run, started_by, started_at, finished_at, tickets_cutoff, audit_cutoff, quarantine_cutoff,
                   outbox_cutoff, tickets, audit_entries, quarantined_mails, outbox_mails, ticket_references
            from privacy_run
            """;

    private static RetentionRun run(ResultSet rs) throws SQLException {
        String references = rs.getString("ticket_references");
        return new RetentionRun(
                rs.getLong("id"),
                rs.getBoolean("dry_run"),
                rs.getString("started_by"),
                rs.getTimestamp("started_at").toInstant(),
                rs.getTimestamp("finished_at").toInstant(),
                new RetentionRules.Cutoffs(
                        rs.getTimestamp("tickets_cutoff").toInstant(),
                        rs.getTimestamp("audit_cutoff").toInstant(),
                        rs.getTimestamp("quarantine_cutoff").toInstant(),
                        rs.getTimestamp("outbox_cutoff").toInstant()),
                rs.getLong("tickets"),
                rs.getLong("audit_entries"),
                rs.getLong("quarantined_mails"),
                rs.getLong("outbox_mails"),
                references.isEmpty() ? List.of() : Arrays.asList(references.split(" ")));
    }
}

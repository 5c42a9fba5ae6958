package be.miis.frontdesk.privacy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The nightly retention run (docs/privacy.md): at {@code frontdesk.retention.cron}, Brussels time; the run takes
 * the database lock itself, so on several instances one runs it and the others find it held and skip.
 */
@Component
@ConditionalOnBooleanProperty(name = "frontdesk.retention.enabled", matchIfMissing = true)
class RetentionSchedule {

    static final String DEFAULT_CRON = "0 30 2 * * *";

    private static final Logger log = LoggerFactory.getLogger(RetentionSchedule.class);

    private final RetentionService retention;

    RetentionSchedule(RetentionService retention) {
        this.retention = retention;
    }

    @Scheduled(cron = "${frontdesk.retention.cron:" + DEFAULT_CRON + "}", zone = "Europe/Brussels")
    void runNightly() {
        try {
            RetentionRun run = retention.run(RetentionService.SCHEDULER);
            log.info(
                    "Retention run {}: {} tickets anonymised, {} audit entries, {} quarantined and {} sent mails removed",
                    run.id(),
                    run.tickets(),
                    run.auditEntries(),
                    run.quarantinedMails(),
                    run.outboxMails());
        } catch (RetentionBusyException e) {
            log.info("Retention run skipped: another instance holds the lock");
        }
    }
}

package be.miis.frontdesk.shared;

import java.time.Duration;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the promise of the event publication registry (docs/architecture.md, "Events"): an event whose listener
 * after the commit failed, or never ran because the instance stopped, is handed to its listener again.
 *
 * <p>Spring Modulith marks a publication FAILED when its listener throws, and (its staleness check) when it stayed
 * published or in processing longer than {@code spring.modulith.events.staleness.*} — which is what a crash between
 * the commit and the listener leaves behind. This job resubmits the failed ones; it runs on one instance at a time
 * (ShedLock), so two instances never resubmit the same publication at once. Restarting does not republish
 * everything outstanding (that would hand an event another instance is processing right now to a second
 * listener): the staleness check and this job pick up what a stopped instance left. Completed publications are
 * kept a while for inspection, then deleted.
 */
@Component
@ConditionalOnBooleanProperty(name = "frontdesk.events.retry.enabled", matchIfMissing = true)
class EventPublicationRetry {

    private static final Logger log = LoggerFactory.getLogger(EventPublicationRetry.class);

    private final FailedEventPublications failed;
    private final CompletedEventPublications completed;
    private final Duration minAge;
    private final Duration keepCompleted;

    EventPublicationRetry(
            FailedEventPublications failed,
            CompletedEventPublications completed,
            @Value("${frontdesk.events.retry.min-age:PT1M}") Duration minAge,
            @Value("${frontdesk.events.keep-completed:P7D}") Duration keepCompleted) {
        this.failed = failed;
        this.completed = completed;
        this.minAge = minAge;
        this.keepCompleted = keepCompleted;
    }

    @Scheduled(
            fixedDelayString = "${frontdesk.events.retry.interval:PT1M}",
            initialDelayString = "${frontdesk.events.retry.interval:PT1M}")
    @SchedulerLock(name = "event-publication-retry", lockAtMostFor = "PT10M")
    void resubmitFailed() {
        // A listener that keeps failing is retried at each turn, never more than a batch at once: the failure stays
        // visible in event_publication (status, completion_attempts) until it is fixed.
        failed.resubmit(ResubmissionOptions.defaults().withMinAge(minAge).withBatchSize(100));
    }

    @Scheduled(cron = "${frontdesk.events.purge-cron:0 45 3 * * *}", zone = "Europe/Brussels")
    @SchedulerLock(name = "event-publication-purge", lockAtMostFor = "PT30M")
    void purgeCompleted() {
        completed.deletePublicationsOlderThan(keepCompleted);
        log.debug("Deleted event publications completed more than {} ago", keepCompleted);
    }
}

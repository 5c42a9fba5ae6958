package be.miis.frontdesk.escalation;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the SLA sweep every {@code frontdesk.sla.sweep.interval} on every instance; the lock lets one of them do
 * the work. Off with {@code frontdesk.sla.sweep.enabled=false} (the tests run the sweep themselves).
 */
@Component
@ConditionalOnBooleanProperty(name = "frontdesk.sla.sweep.enabled", matchIfMissing = true)
class SlaSweepSchedule {

    private final SlaSweep sweep;

    SlaSweepSchedule(SlaSweep sweep) {
        this.sweep = sweep;
    }

    @Scheduled(
            fixedDelayString = "${frontdesk.sla.sweep.interval:PT1M}",
            initialDelayString = "${frontdesk.sla.sweep.interval:PT1M}")
    void sweep() {
        sweep.run();
    }
}

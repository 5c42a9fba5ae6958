package be.miis.frontdesk.statistics;

import java.time.LocalDate;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Recounts changed months every {@code frontdesk.statistics.refresh-interval} (10 seconds by default: the figures
 * of the current month lag the tickets by at most that). The lock lets one instance do it; the others skip the
 * run instead of queueing behind the roll-up's own lock. Off with {@code frontdesk.statistics.refresh.enabled=false}.
 */
@Component
@ConditionalOnBooleanProperty(name = "frontdesk.statistics.refresh.enabled", matchIfMissing = true)
class RollupSchedule {

    private static final Logger log = LoggerFactory.getLogger(RollupSchedule.class);

    private final StatisticsRollup rollup;

    RollupSchedule(StatisticsRollup rollup) {
        this.rollup = rollup;
    }

    @Scheduled(
            fixedDelayString = "${frontdesk.statistics.refresh-interval:PT10S}",
            initialDelayString = "${frontdesk.statistics.refresh-interval:PT10S}")
    @SchedulerLock(name = "statistics-rollup", lockAtMostFor = "PT30M")
    void refresh() {
        List<LocalDate> months = rollup.refresh();
        if (!months.isEmpty()) {
            log.debug("Statistics recounted for {}", months);
        }
    }
}

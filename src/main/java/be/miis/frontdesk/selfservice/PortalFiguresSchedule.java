package be.miis.frontdesk.selfservice;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Rolls up the portal's finished days every {@code frontdesk.portal.figures.interval} (15 minutes): the statistics
 * read the days not rolled up yet from the raw rows, so the interval only bounds how many such days a page reads.
 * One instance at a time (ShedLock). Off with {@code frontdesk.portal.figures.enabled=false}.
 */
@Component
@ConditionalOnBooleanProperty(name = "frontdesk.portal.figures.enabled", matchIfMissing = true)
class PortalFiguresSchedule {

    private final PortalFigures figures;

    PortalFiguresSchedule(PortalFigures figures) {
        this.figures = figures;
    }

    @Scheduled(
            fixedDelayString = "${frontdesk.portal.figures.interval:PT15M}",
            initialDelayString = "${frontdesk.portal.figures.interval:PT15M}")
    @SchedulerLock(name = "portal-figures", lockAtMostFor = "PT30M")
    void rollUp() {
        figures.rollUp();
    }
}

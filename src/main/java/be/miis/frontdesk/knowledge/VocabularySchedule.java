package be.miis.frontdesk.knowledge;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Recounts the search vocabulary at {@code frontdesk.knowledge.vocabulary.cron} (03:15 Brussels time by default),
 * on one instance (ShedLock). The counts only choose the access path of a search; new words are searchable as
 * soon as they are published. {@code -} switches it off.
 */
@Component
class VocabularySchedule {

    private static final Logger log = LoggerFactory.getLogger(VocabularySchedule.class);

    private final SearchVocabulary vocabulary;

    VocabularySchedule(SearchVocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    @Scheduled(cron = "${frontdesk.knowledge.vocabulary.cron:0 15 3 * * *}", zone = "Europe/Brussels")
    @SchedulerLock(name = "knowledge-vocabulary", lockAtMostFor = "PT30M")
    void refresh() {
        long start = System.nanoTime();
        int changed = vocabulary.refresh();
        log.info(
                "Search vocabulary recounted: {} words changed in {} ms",
                changed,
                (System.nanoTime() - start) / 1_000_000);
    }
}

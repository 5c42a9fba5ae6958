package be.miis.frontdesk.selfservice;

import be.miis.frontdesk.selfservice.HelpfulVotes.Visitor;
import be.miis.frontdesk.selfservice.SearchSessions.Search;
import be.miis.frontdesk.shared.BusinessTime;
import be.miis.frontdesk.shared.ContentLanguage;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The portal's searches, counted per day and language, and the words of those that found nothing, counted per day,
 * language and words (docs/portal.md, "Figures"). A search counts once the visitor stopped refining it ({@link
 * SearchSessions}); nothing is written while they type, and a counted search is one upsert per table, never a row
 * per search. Robots are left out ({@link Crawlers}).
 */
@Component
public class PortalSearches {

    private static final Logger log = LoggerFactory.getLogger(PortalSearches.class);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final SearchSessions sessions = new SearchSessions();

    PortalSearches(JdbcClient jdbc, Clock clock, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.transaction = transaction;
    }

    /** A search the portal answered: the page's language, the words as typed, whether it found an article. */
    public void searched(Visitor visitor, ContentLanguage language, String words, boolean found) {
        if (Crawlers.isRobot(visitor.userAgent())) {
            return;
        }
        String normalised = SearchWords.normalise(words);
        if (normalised.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        count(sessions.offer(
                visitor.address() + "\n" + visitor.userAgent(),
                new Search(LocalDate.ofInstant(now, BusinessTime.ZONE), language, normalised, found, now)));
    }

    /** Counts the searches whose visitor has paused; every few seconds, so figures lag by the pause at most. */
    @Scheduled(fixedDelayString = "PT5S", initialDelayString = "PT5S")
    void countPaused() {
        count(sessions.finishedBy(clock.instant()));
    }

    /** Counts every open search now, refined or not (at shutdown, and for tests that read the figures at once). */
    @PreDestroy
    public void countOpen() {
        count(sessions.takeAll());
    }

    private void count(List<Search> searches) {
        if (searches.isEmpty()) {
            return;
        }
        // Summed first, so that a burst is one upsert per day and language, and per missed words; written in key
        // order, so that two bursts written at once lock their rows in the same order and never deadlock.
        Map<Key, long[]> days = new TreeMap<>();
        Map<Key, Long> misses = new TreeMap<>();
        for (Search search : searches) {
            long[] counts =
                    days.computeIfAbsent(new Key(search.day(), search.language().code(), ""), key -> new long[2]);
            counts[0]++;
            if (!search.found()) {
                counts[1]++;
                misses.merge(new Key(search.day(), search.language().code(), search.words()), 1L, Long::sum);
            }
        }
        try {
            transaction.executeWithoutResult(status -> {
                days.forEach((key, counts) -> jdbc.sql("""
                                insert into portal_search_day (day, language, searches, no_hits)
                                values (:day, :language, :searches, :misses)
                                on conflict (day, language) do update
                                set searches = portal_search_day.searches + excluded.searches,
                                    no_hits = portal_search_day.no_hits + excluded.no_hits
                                """)
                        .param("day", key.day())
                        .param("language", key.language())
                        .param("searches", counts[0])
                        .param("misses", counts[1])
                        .update());
                misses.forEach((key, count) -> jdbc.sql("""
                                insert into portal_search_miss (day, language, words, searches)
                                values (:day, :language, :words, :searches)
                                on conflict (day, language, words) do update
                                set searches = portal_search_miss.searches + excluded.searches
                                """)
                        .param("day", key.day())
                        .param("language", key.language())
                        .param("words", key.words())
                        .param("searches", count)
                        .update());
            });
        } catch (RuntimeException e) {
            // Figures, not records: a failed write loses these counts and never a visitor's page.
            log.warn("{} portal searches could not be counted", searches.size(), e);
        }
    }

    /** A row of the counting tables: day, language and (for the words of searches without a hit) the words. */
    private record Key(LocalDate day, String language, String words) implements Comparable<Key> {

        private static final Comparator<Key> ORDER =
                Comparator.comparing(Key::day).thenComparing(Key::language).thenComparing(Key::words);

        @Override
        public int compareTo(Key other) {
            return ORDER.compare(this, other);
        }
    }
}

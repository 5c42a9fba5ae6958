package be.miis.frontdesk.selfservice;

import be.miis.frontdesk.shared.ContentLanguage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * When a search counts (docs/portal.md, "Figures"). The search page asks for results as the visitor types (htmx,
 * after a pause of 400 ms), so one search the visitor has in mind reaches the server as "lee", "leefl",
 * "leefloon". The rule: a visitor's search stays open while they refine it; a request of the same visitor (address
 * and browser) in the same language within {@link #PAUSE} of the previous one, whose words extend or shorten the
 * previous words, replaces it. The search counts once, with its last words and whether those found anything, when
 * the visitor starts another search or has been quiet for {@link #PAUSE}. A plain GET (the form sent with Enter, or
 * without JavaScript) follows the same rule, so the htmx request and the submission of the same words count once.
 *
 * <p>In memory: nothing but the open searches of the last seconds; a crash loses those, a shutdown counts them.
 */
final class SearchSessions {

    static final Duration PAUSE = Duration.ofSeconds(10);

    /** Beyond this many open searches (a flood of addresses), all are counted at once rather than kept. */
    static final int MAX_OPEN = 10_000;

    /** A search as counted: the day and language it counts in, its normalised words and whether it found any. */
    record Search(LocalDate day, ContentLanguage language, String words, boolean found, Instant at) {

        boolean refinedBy(Search next) {
            return next.language == language
                    && !next.at.isAfter(at.plus(PAUSE))
                    && (next.words.startsWith(words) || words.startsWith(next.words));
        }
    }

    private final Map<String, Search> open = new HashMap<>();

    /** Records the visitor's search; answers the searches that this one finished (to count now). */
    synchronized List<Search> offer(String visitor, Search search) {
        Search previous = open.put(visitor, search);
        List<Search> finished = new ArrayList<>();
        if (previous != null && !previous.refinedBy(search)) {
            finished.add(previous);
        }
        if (open.size() > MAX_OPEN) {
            finished.addAll(takeAll());
        }
        return finished;
    }

    /** The searches whose visitor has been quiet for the pause, taken out. */
    synchronized List<Search> finishedBy(Instant now) {
        List<Search> finished = new ArrayList<>();
        for (Iterator<Search> it = open.values().iterator(); it.hasNext(); ) {
            Search search = it.next();
            if (now.isAfter(search.at().plus(PAUSE))) {
                finished.add(search);
                it.remove();
            }
        }
        return finished;
    }

    synchronized List<Search> takeAll() {
        List<Search> all = new ArrayList<>(open.values());
        open.clear();
        return all;
    }
}

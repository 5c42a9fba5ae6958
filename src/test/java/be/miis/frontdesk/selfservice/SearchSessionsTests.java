package be.miis.frontdesk.selfservice;

import static org.assertj.core.api.Assertions.assertThat;

import be.miis.frontdesk.selfservice.SearchSessions.Search;
import be.miis.frontdesk.shared.ContentLanguage;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rule that turns the requests of a search typed with htmx into one counted search (docs/portal.md). */
class SearchSessionsTests {

    private static final Instant T0 = Instant.parse("2026-12-02T09:00:00Z");
    private static final LocalDate DAY = LocalDate.parse("2026-12-02");

    private final SearchSessions sessions = new SearchSessions();

    @Test
    void aSearchRefinedAsTheVisitorTypesCountsOnceWithItsLastWordsAfterThePause() {
        assertThat(sessions.offer("v", search("lee", true, 0))).isEmpty();
        assertThat(sessions.offer("v", search("leefl", true, 2))).isEmpty();
        assertThat(sessions.offer("v", search("leefloon studenten", false, 5))).isEmpty();
        // A correction shortens the words: still the same search.
        assertThat(sessions.offer("v", search("leefloon student", false, 8))).isEmpty();

        assertThat(sessions.finishedBy(T0.plusSeconds(8 + 10))).isEmpty();
        List<Search> counted = sessions.finishedBy(T0.plusSeconds(8 + 11));
        assertThat(counted).extracting(Search::words).containsExactly("leefloon student");
        assertThat(counted.get(0).found()).isFalse();
        assertThat(sessions.takeAll()).isEmpty();
    }

    @Test
    void otherWordsALongPauseOrAnotherLanguageStartANewSearchAndFinishThePreviousOne() {
        sessions.offer("v", search("leefloon", true, 0));
        assertThat(sessions.offer("v", search("stookolie", false, 3)))
                .extracting(Search::words)
                .containsExactly("leefloon");
        assertThat(sessions.offer("v", search("stookoliefonds", true, 3 + 11)))
                .as("the same words extended after more than the pause are a new search")
                .extracting(Search::words)
                .containsExactly("stookolie");
        assertThat(sessions.offer("v", new Search(DAY, ContentLanguage.FR, "stookoliefonds", true, T0.plusSeconds(15))))
                .extracting(Search::words)
                .containsExactly("stookoliefonds");
        assertThat(sessions.takeAll()).extracting(Search::language).containsExactly(ContentLanguage.FR);
    }

    @Test
    void theHtmxRequestAndTheSubmissionOfTheSameWordsCountOnce() {
        sessions.offer("v", search("leefloon", true, 0));
        assertThat(sessions.offer("v", search("leefloon", true, 1))).isEmpty();
        assertThat(sessions.takeAll()).hasSize(1);
    }

    @Test
    void visitorsAreKeptApart() {
        sessions.offer("a", search("leefloon", true, 0));
        assertThat(sessions.offer("b", search("leeflo", true, 1))).isEmpty();
        assertThat(sessions.takeAll()).hasSize(2);
    }

    @Test
    void aFloodOfVisitorsIsCountedRatherThanKept() {
        int counted = 0;
        for (int i = 0; i <= SearchSessions.MAX_OPEN; i++) {
            counted +=
                    sessions.offer("visitor " + i, search("leefloon", true, 0)).size();
        }
        assertThat(counted).isEqualTo(SearchSessions.MAX_OPEN + 1);
        assertThat(sessions.takeAll()).isEmpty();
    }

    private static Search search(String words, boolean found, int second) {
        return new Search(DAY, ContentLanguage.NL, words, found, T0.plusSeconds(second));
    }
}

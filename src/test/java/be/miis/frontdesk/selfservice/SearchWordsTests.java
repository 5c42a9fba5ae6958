package be.miis.frontdesk.selfservice;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchWordsTests {

    @Test
    void wordsAreTrimmedLowerCasedAndTheirSpacesCollapsed() {
        assertThat(SearchWords.normalise("  Leefloon \t  STUDENT\u00a0Gent  ")).isEqualTo("leefloon student gent");
        assertThat(SearchWords.normalise("Aide  Sociale")).isEqualTo(SearchWords.normalise("aide sociale"));
        assertThat(SearchWords.normalise(" \n ")).isEmpty();
    }

    @Test
    void longWordsAreCutWithoutSplittingACharacter() {
        assertThat(SearchWords.normalise("a".repeat(250))).hasSize(SearchWords.MAX);
        String cut = SearchWords.normalise("a".repeat(SearchWords.MAX - 1) + "\ud83d\ude00 more");
        assertThat(cut).isEqualTo("a".repeat(SearchWords.MAX - 1));
    }
}

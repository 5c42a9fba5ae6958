package be.miis.frontdesk.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import be.miis.frontdesk.knowledge.KnowledgeSearch.Terms;
import be.miis.frontdesk.knowledge.SearchVocabulary.Candidate;
import be.miis.frontdesk.knowledge.SearchVocabulary.Form;
import be.miis.frontdesk.knowledge.SearchVocabulary.Lookup;
import be.miis.frontdesk.shared.ContentLanguage;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KnowledgeSearchTests {

    static Form form(int position, String lexeme, boolean prefix, long inQuestion, long inText) {
        return new Form(position, lexeme, prefix, inQuestion, inText);
    }

    /** "revenus d integration" in French: "d" is a stop word, "revenus" has a singular, the last word is typed. */
    static Lookup revenus() {
        return new Lookup(
                ContentLanguage.FR,
                1000,
                Map.of(
                        1, List.of(form(1, "revenus", false, 10, 100), form(1, "revenu", false, 300, 600)),
                        3, List.of(form(3, "integr", true, 200, 500))),
                List.of(2),
                Map.of(1, "revenus", 3, "integr"));
    }

    @Test
    void joinsTheFormsOfAWordAndTheWordsAndSkipsStopWords() {
        Terms terms = Terms.of(revenus(), 3, Map.of(), false);
        assertThat(terms.tsQuery(" & ")).isEqualTo("('revenus' | 'revenu') & 'integr':*");
        assertThat(terms.tsQuery(" | ")).isEqualTo("('revenus' | 'revenu') | 'integr':*");
        assertThat(terms.approximate()).isFalse();
    }

    @Test
    void estimatesTheShareOfEveryWordAsIndependentWords() {
        Terms terms = Terms.of(revenus(), 3, Map.of(), false);
        assertThat(terms.share(true, true)).isCloseTo(0.31 * 0.2, within(1e-9));
        assertThat(terms.share(false, true)).isCloseTo(0.7 * 0.5, within(1e-9));
        assertThat(terms.share(true, false)).isCloseTo(0.31 + 0.2, within(1e-9));
    }

    @Test
    void treatsUnknownCountsAsRareSoThatNothingScansTheWholeTable() {
        Lookup fresh = new Lookup(
                ContentLanguage.NL, 0, Map.of(1, List.of(form(1, "leeflon", true, 0, 0))), List.of(), Map.of());
        assertThat(Terms.of(fresh, 1, Map.of(), false).share(false, true)).isZero();
    }

    @Test
    void correctsOrLeavesOutAnUnknownWordInTheLanguageSearchedAndSaysSo() {
        Lookup nl = new Lookup(
                ContentLanguage.NL,
                100,
                Map.of(3, List.of(form(3, "referentieadres", true, 1, 2))),
                List.of(),
                Map.of(1, "daklz", 2, "persoon", 3, "referentieadres"));
        Terms terms = Terms.of(nl, 3, Map.of("daklz", form(0, "dakloz", false, 3, 4)), false);
        assertThat(terms.tsQuery(" & ")).isEqualTo("'dakloz' & 'referentieadres':*");
        assertThat(terms.approximate()).isTrue();
    }

    @Test
    void anotherLanguageTakesPartOnlyWithEveryWordWhenEveryWordMustMatch() {
        Lookup en = new Lookup(
                ContentLanguage.EN,
                100,
                Map.of(1, List.of(form(1, "cumul", false, 1, 1))),
                List.of(),
                Map.of(1, "cumul", 2, "leeflon"));
        assertThat(Terms.of(en, 2, null, true).groups()).isEmpty();
        Terms any = Terms.of(en, 2, null, false);
        assertThat(any.tsQuery(" | ")).isEqualTo("'cumul'");
        assertThat(any.approximate()).isFalse();
    }

    @Test
    void acceptsOnlyACloseCorrectionOfSimilarLength() {
        assertThat(SearchVocabulary.best(
                        "stookolifond",
                        List.of(new Candidate("stookoliefond", 0.69, 1, 1), new Candidate("stook", 0.4, 1, 50))))
                .map(Candidate::lexeme)
                .contains("stookoliefond");
        assertThat(SearchVocabulary.best("hoevel", List.of(new Candidate("hoe", 0.5, 1, 1))))
                .as("three letters shorter is another word")
                .isEmpty();
        assertThat(SearchVocabulary.best("bedraagt", List.of(new Candidate("bedrag", 0.45, 1, 1))))
                .isEmpty();
        assertThat(SearchVocabulary.best("remboursment", List.of(new Candidate("rembours", 0.57, 2, 2))))
                .as("a typo that hid the suffix from the stemmer")
                .isPresent();
    }

    @Test
    void quotesEveryLexemeSoThatNoInputChangesTheQuerySyntax() {
        Lookup odd = new Lookup(
                ContentLanguage.EN,
                1,
                Map.of(1, List.of(form(1, "o'brien", false, 1, 1)), 2, List.of(form(2, "c:\\temp\\", false, 1, 1))),
                List.of(),
                Map.of());
        assertThat(Terms.of(odd, 2, Map.of(), false).tsQuery(" & ")).isEqualTo("'o''brien' & 'c:\\\\temp\\\\'");
    }
}

package be.miis.frontdesk.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KnowledgeSearchTests {

    @Test
    void matchesLongWordsAsPrefixesAndShortOnesWhole() {
        assertThat(KnowledgeSearch.tsQuery("revenu d integration")).isEqualTo("revenu:* & d & integration:*");
        assertThat(KnowledgeSearch.tsQuery("stookolie 60")).isEqualTo("stookolie:* & 60");
    }

    @Test
    void keepsAtMostEightWords() {
        assertThat(KnowledgeSearch.tsQuery("a b c d e f g h i j").split(" & ")).hasSize(8);
    }
}

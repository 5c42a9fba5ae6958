package be.miis.frontdesk.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchTextTests {

    @Test
    void foldsCaseAccentsAndPunctuation() {
        assertThat(SearchText.normalise("CPAS de Liège")).isEqualTo("cpas de liege");
        assertThat(SearchText.normalise("ÖSHZ Eupen / Brussel-Bruxelles")).isEqualTo("oshz eupen brussel bruxelles");
        assertThat(SearchText.normalise("  Céline   L'Heureux  ")).isEqualTo("celine l heureux");
        assertThat(SearchText.normalise(null)).isEmpty();
        assertThat(SearchText.normalise(" \t")).isEmpty();
    }

    @Test
    void writesBelgianPhoneNumbersAsNationalDigits() {
        assertThat(SearchText.phoneDigits("+32 9 266 99 11")).isEqualTo("092669911");
        assertThat(SearchText.phoneDigits("0032 9 266 99 11")).isEqualTo("092669911");
        assertThat(SearchText.phoneDigits("09/266.99.11")).isEqualTo("092669911");
        assertThat(SearchText.phoneDigits("0470 12 34 56")).isEqualTo("0470123456");
        assertThat(SearchText.phoneDigits(null)).isEmpty();
    }

    @Test
    void turnsEachUsefulWordIntoALikePattern() {
        assertThat(SearchText.likePatterns("Bruss")).containsExactly("%bruss%");
        assertThat(SearchText.likePatterns("an peeters gent")).containsExactly("%an%", "%peeters%", "%gent%");
        assertThat(SearchText.likePatterns("a Liège")).containsExactly("%liege%");
        assertThat(SearchText.likePatterns("x")).containsExactly("%x%");
        assertThat(SearchText.likePatterns("  ")).isEmpty();
        assertThat(SearchText.likePatterns("%_")).isEmpty();
    }

    @Test
    void aQueryThatLooksLikeAPhoneNumberIsSearchedAsItsDigits() {
        assertThat(SearchText.likePatterns("+32 9 266 99")).containsExactly("%0926699%");
        assertThat(SearchText.likePatterns("09/266.99.11")).containsExactly("%092669911%");
        // A postcode or NIS code is too short to be a phone number and stays a word.
        assertThat(SearchText.likePatterns("9000")).containsExactly("%9000%");
    }

    @Test
    void joinsNormalisedPartsLeavingOutEmptyOnes() {
        assertThat(SearchText.join("OCMW Gent", null, "", "Gand")).isEqualTo("ocmw gent gand");
    }
}

package be.miis.frontdesk.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextCutTests {

    @Test
    void keepsWhatFitsAndCutsTheRest() {
        assertThat(TextCut.atMost("leefloon", 8)).isEqualTo("leefloon");
        assertThat(TextCut.atMost("leefloon", 4)).isEqualTo("leef");
        assertThat(TextCut.shortened("leefloon", 8)).isEqualTo("leefloon");
        assertThat(TextCut.shortened("leefloon student", 9))
                .isEqualTo("leefloon…")
                .hasSize(9);
    }

    @Test
    void neverSplitsACharacterInTwo() {
        String emoji = "ok \uD83D\uDE00 merci";
        assertThat(TextCut.atMost(emoji, 4)).isEqualTo("ok ");
        assertThat(TextCut.atMost(emoji, 5)).isEqualTo("ok \uD83D\uDE00");
        assertThat(TextCut.shortened(emoji, 5)).isEqualTo("ok…");
    }
}

package be.miis.frontdesk.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PlainTextTests {

    @Test
    void refusesControlCharactersAndLoneSurrogates() {
        assertThat(PlainText.isRefused("a\u0000b")).isTrue();
        assertThat(PlainText.isRefused("\u0001")).isTrue();
        assertThat(PlainText.isRefused("vertical\u000btab")).isTrue();
        assertThat(PlainText.isRefused("\u007f")).isTrue();
        assertThat(PlainText.isRefused("\u0085")).as("C1 control").isTrue();
        assertThat(PlainText.isRefused("x\ud800")).as("high surrogate alone").isTrue();
        assertThat(PlainText.isRefused("\udc00x")).as("low surrogate alone").isTrue();
        assertThat(PlainText.isRefused("\udc00\ud800"))
                .as("pair in the wrong order")
                .isTrue();
    }

    @Test
    void acceptsTextWithLinesTabsAccentsAndEmoji() {
        assertThat(PlainText.isRefused("Leefloon\tstudent\r\nLiège, Ködern: 100 €"))
                .isFalse();
        assertThat(PlainText.isRefused("\ud83d\ude00")).isFalse();
        assertThat(PlainText.isRefused("\u202eright to left"))
                .as("a format character, not a control")
                .isFalse();
        assertThat(PlainText.isRefused("")).isFalse();
        assertThat(PlainText.isRefused(null)).isFalse();
    }

    @Test
    void namesTheFirstRefusedFieldInNameOrder() {
        assertThat(PlainText.firstRefused(Map.of("subject", "a\u0000", "channel", "\u0001", "domain", "RMI")))
                .hasValue("channel");
        assertThat(PlainText.firstRefused(Map.of("subject", "fine"))).isEmpty();
    }

    @Test
    void printableReplacesOnlyWhatIsRefused() {
        assertThat(PlainText.printable("a\u0000b\ud800\ud83d\ude00\n")).isEqualTo("a\ufffdb\ufffd\ud83d\ude00\n");
    }
}

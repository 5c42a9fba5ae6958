package be.miis.frontdesk.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class KeysetCursorTests {

    @Test
    void keepsMicrosecondsAndTheIdThroughItsText() {
        KeysetCursor cursor = new KeysetCursor(Instant.parse("2026-03-02T08:00:00.123456Z"), 42);

        assertThat(cursor.toString()).isEqualTo("1772438400123456.42");
        assertThat(KeysetCursor.parse(cursor.toString())).isEqualTo(cursor);
    }

    @Test
    void readsInstantsBeforeTheEpoch() {
        KeysetCursor cursor = new KeysetCursor(Instant.parse("1969-12-31T23:59:59.500000Z"), 7);

        assertThat(KeysetCursor.parse(cursor.toString())).isEqualTo(cursor);
    }

    @Test
    void treatsMissingMalformedOrOutOfRangeTextAsTheTop() {
        assertThat(KeysetCursor.parse(null)).isNull();
        assertThat(KeysetCursor.parse("")).isNull();
        assertThat(KeysetCursor.parse("abc.1")).isNull();
        assertThat(KeysetCursor.parse("1.2.3")).isNull();
        assertThat(KeysetCursor.parse("99999999999999999999.1")).isNull();
    }
}

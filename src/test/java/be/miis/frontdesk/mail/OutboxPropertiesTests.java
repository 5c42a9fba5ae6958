package be.miis.frontdesk.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class OutboxPropertiesTests {

    private final OutboxProperties properties = new OutboxProperties(
            Duration.ofSeconds(10), 20, Duration.ofMinutes(1), Duration.ofMinutes(30), 10, Duration.ofMinutes(10));

    @Test
    void theWaitDoublesAfterEachFailedAttemptUpToTheLongest() {
        assertThat(properties.backOff(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(properties.backOff(2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(properties.backOff(3)).isEqualTo(Duration.ofMinutes(4));
        assertThat(properties.backOff(4)).isEqualTo(Duration.ofMinutes(8));
        assertThat(properties.backOff(5)).isEqualTo(Duration.ofMinutes(16));
        assertThat(properties.backOff(6)).isEqualTo(Duration.ofMinutes(30));
        assertThat(properties.backOff(1_000)).isEqualTo(Duration.ofMinutes(30));
    }
}

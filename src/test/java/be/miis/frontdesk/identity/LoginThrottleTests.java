package be.miis.frontdesk.identity;

import static org.assertj.core.api.Assertions.assertThat;

import be.miis.frontdesk.test.FrontdeskDataJpaTest;
import be.miis.frontdesk.test.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

@FrontdeskDataJpaTest
@Import(IdentityTestConfiguration.class)
class LoginThrottleTests {

    @Autowired
    LoginThrottle throttle;

    @Autowired
    TestClock clock;

    private final String username = "throttle-" + UUID.randomUUID().toString().substring(0, 8);

    private Instant start;

    @BeforeEach
    void setUp() {
        // Failures commit in their own transaction: each test uses a fresh username and a fresh moment.
        start = Instant.parse("2026-03-02T08:00:00Z")
                .plus(Duration.ofDays(UUID.randomUUID().hashCode() & 0xfff));
        clock.set(start);
    }

    @Test
    void fourFailuresDoNotLockTheFifthDoesForFifteenMinutes() {
        for (int i = 1; i <= 4; i++) {
            assertThat(throttle.registerFailure(username)).as("failure %d", i).isEmpty();
            assertThat(throttle.lockedUntil(username)).isEmpty();
        }

        Optional<Instant> locked = throttle.registerFailure(username);

        assertThat(locked).contains(start.plus(Duration.ofMinutes(15)));
        assertThat(throttle.lockedUntil(username)).contains(start.plus(Duration.ofMinutes(15)));
    }

    @Test
    void theLockEndsAfterFifteenMinutes() {
        failTimes(5);

        clock.advance(Duration.ofMinutes(14).plusSeconds(59));
        assertThat(throttle.lockedUntil(username)).isPresent();

        clock.advance(Duration.ofSeconds(1));
        assertThat(throttle.lockedUntil(username)).isEmpty();
    }

    @Test
    void failuresOlderThanTheWindowStartANewCount() {
        failTimes(4);

        clock.advance(Duration.ofMinutes(16));

        assertThat(throttle.registerFailure(username)).isEmpty();
        failTimes(3);
        assertThat(throttle.lockedUntil(username)).isEmpty();
        assertThat(throttle.registerFailure(username)).isPresent();
    }

    @Test
    void failuresSpreadWithinTheWindowAddUp() {
        for (int i = 0; i < 4; i++) {
            throttle.registerFailure(username);
            clock.advance(Duration.ofMinutes(3));
        }

        assertThat(throttle.registerFailure(username)).isPresent();
    }

    @Test
    void aResetClearsTheCount() {
        failTimes(4);

        throttle.reset(username);

        failTimes(4);
        assertThat(throttle.lockedUntil(username)).isEmpty();
    }

    @Test
    void aResetLiftsALock() {
        failTimes(5);

        throttle.reset(username);

        assertThat(throttle.lockedUntil(username)).isEmpty();
    }

    @Test
    void otherUsernamesAreNotAffected() {
        failTimes(5);

        assertThat(throttle.lockedUntil(username + "-other")).isEmpty();
        assertThat(throttle.registerFailure(username + "-other")).isEmpty();
    }

    @Test
    void theUsernameIsComparedIgnoringCaseAndSurroundingSpaces() {
        failTimes(5);

        assertThat(throttle.lockedUntil(username.toUpperCase())).isPresent();
        assertThat(throttle.lockedUntil("  " + username + " ")).isPresent();
    }

    private void failTimes(int times) {
        for (int i = 0; i < times; i++) {
            throttle.registerFailure(username);
        }
    }
}

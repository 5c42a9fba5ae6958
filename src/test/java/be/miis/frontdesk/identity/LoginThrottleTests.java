package be.miis.frontdesk.identity;

import static org.assertj.core.api.Assertions.assertThat;

import be.miis.frontdesk.shared.PagedResult;
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
import org.springframework.jdbc.core.simple.JdbcClient;

@FrontdeskDataJpaTest
@Import(IdentityTestConfiguration.class)
class LoginThrottleTests {

    private static final String ATTACKER = "192.0.2.7";
    private static final String REAL_USER = "198.51.100.20";

    @Autowired
    LoginThrottle throttle;

    @Autowired
    SecurityProperties properties;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcClient jdbc;

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
    void fourFailuresCostNothingTheFifthMakesTheAddressWaitThirtySeconds() {
        for (int i = 1; i <= 4; i++) {
            assertThat(throttle.registerFailure(username, ATTACKER))
                    .as("failure %d", i)
                    .isEmpty();
            assertThat(throttle.blockedUntil(username, ATTACKER)).isEmpty();
        }

        Optional<Instant> blocked = throttle.registerFailure(username, ATTACKER);

        assertThat(blocked).contains(start.plusSeconds(30));
        assertThat(throttle.blockedUntil(username, ATTACKER)).contains(start.plusSeconds(30));
    }

    @Test
    void eachFurtherFailureDoublesTheWaitUpToFifteenMinutes() {
        failTimes(username, ATTACKER, 5);
        long[] expected = {60, 120, 240, 480, 900, 900};

        for (long seconds : expected) {
            clock.set(throttle.blockedUntil(username, ATTACKER).orElseThrow());
            assertThat(throttle.blockedUntil(username, ATTACKER))
                    .as("the wait is over")
                    .isEmpty();

            assertThat(throttle.registerFailure(username, ATTACKER))
                    .contains(clock.instant().plusSeconds(seconds));
        }
    }

    @Test
    void theRealUserFromAnotherAddressIsNeverKeptWaiting() {
        failTimes(username, ATTACKER, 12);

        assertThat(throttle.blockedUntil(username, ATTACKER)).isPresent();
        assertThat(throttle.blockedUntil(username, REAL_USER)).isEmpty();
        assertThat(throttle.registerFailure(username, REAL_USER))
                .as("a typo of the real user counts for her own address only")
                .isEmpty();
    }

    @Test
    void aSuccessForgetsTheFailuresOfThatAddressOnly() {
        failTimes(username, ATTACKER, 4);
        failTimes(username, REAL_USER, 4);

        throttle.succeeded(username, REAL_USER);

        assertThat(throttle.registerFailure(username, REAL_USER)).isEmpty();
        assertThat(throttle.registerFailure(username, ATTACKER))
                .as("the attacker's count is not reset by the real user's login")
                .isPresent();
    }

    @Test
    void otherUserNamesFromTheSameAddressAreNotAffected() {
        failTimes(username, ATTACKER, 5);

        assertThat(throttle.blockedUntil(username + "-other", ATTACKER)).isEmpty();
        assertThat(throttle.registerFailure(username + "-other", ATTACKER)).isEmpty();
    }

    @Test
    void failuresAreForgottenADayAfterTheLastOne() {
        failTimes(username, ATTACKER, 7);

        clock.advance(Duration.ofHours(24).plusSeconds(1));

        assertThat(throttle.blockedUntil(username, ATTACKER)).isEmpty();
        failTimes(username, ATTACKER, 3);
        assertThat(throttle.registerFailure(username, ATTACKER))
                .as("the count started again")
                .isEmpty();
    }

    @Test
    void theUserNameIsComparedIgnoringCaseAndSurroundingSpaces() {
        failTimes(username, ATTACKER, 5);

        assertThat(throttle.blockedUntil(username.toUpperCase(), ATTACKER)).isPresent();
        assertThat(throttle.blockedUntil("  " + username + " ", ATTACKER)).isPresent();
    }

    @Test
    void aUserNameWithControlCharactersIsCountedNotRefusedByTheDatabase() {
        String hostile = username + "\u0000\u001bx";

        failTimes(hostile, ATTACKER, 5);

        assertThat(throttle.blockedUntil(hostile, ATTACKER)).isPresent();
        assertThat(throttle.find(username + "??x", null, 10).items()).hasSize(1);
    }

    @Test
    void withoutAnAddressTheFailuresCountUnderUnknown() {
        failTimes(username, null, 5);

        assertThat(throttle.blockedUntil(username, null)).isPresent();
        assertThat(throttle.blockedUntil(username, LoginThrottle.UNKNOWN_ADDRESS))
                .isPresent();
    }

    @Test
    void theAdministratorsListShowsThePairsMostRecentFirstPageByPage() {
        failTimes(username, "192.0.2.1", 5);
        clock.advance(Duration.ofSeconds(5));
        failTimes(username, "192.0.2.2", 2);
        clock.advance(Duration.ofSeconds(5));
        failTimes(username, "192.0.2.3", 1);

        PagedResult<LoginThrottleView> first = throttle.find(username, null, 2);
        PagedResult<LoginThrottleView> second = throttle.find(username.toUpperCase(), first.nextCursor(), 2);

        assertThat(first.items())
                .extracting(LoginThrottleView::clientAddress)
                .containsExactly("192.0.2.3", "192.0.2.2");
        assertThat(first.items()).extracting(LoginThrottleView::blocked).containsExactly(false, false);
        assertThat(second.items()).singleElement().satisfies(row -> {
            assertThat(row.clientAddress()).isEqualTo("192.0.2.1");
            assertThat(row.failures()).isEqualTo(5);
            assertThat(row.blocked()).as("its wait is not over yet").isTrue();
            assertThat(row.blockedUntil()).isEqualTo(start.plusSeconds(30));
        });
        assertThat(second.hasMore()).isFalse();
    }

    @Test
    void forgottenFailuresAreNotListed() {
        failTimes(username, ATTACKER, 2);

        clock.advance(Duration.ofHours(25));

        assertThat(throttle.find(username, null, 10).items()).isEmpty();
    }

    @Test
    void liftingLetsTheAddressTryAgainAtOnceAndIsAudited() {
        failTimes(username, ATTACKER, 6);
        long id = throttle.find(username, null, 10).items().get(0).id();

        Optional<LoginThrottleView> lifted = throttle.lift(id, "the-admin");

        assertThat(lifted)
                .hasValueSatisfying(view -> assertThat(view.clientAddress()).isEqualTo(ATTACKER));
        assertThat(throttle.blockedUntil(username, ATTACKER)).isEmpty();
        assertThat(jdbc.sql("""
                        select details from audit_event
                        where actor = 'the-admin' and action = 'LOGIN_THROTTLE_LIFTED' and target_id = :username
                        """).param("username", username).query(String.class).list())
                .containsExactly(ATTACKER + ", 6");
        assertThat(throttle.lift(id, "the-admin")).as("already lifted").isEmpty();
    }

    @Test
    void thePurgeDeletesOnlyForgottenFailures() {
        failTimes(username, ATTACKER, 2);
        clock.advance(Duration.ofHours(23));
        failTimes(username, REAL_USER, 2);
        clock.advance(Duration.ofHours(2));

        throttle.purgeForgotten();

        assertThat(jdbc.sql("select client_address from login_throttle where username = :username")
                        .param("username", username)
                        .query(String.class)
                        .list())
                .containsExactly(REAL_USER);
    }

    @Test
    void theWaitsFollowTheSettings() {
        SecurityProperties settings = new SecurityProperties(
                3,
                Duration.ofSeconds(10),
                Duration.ofMinutes(1),
                Duration.ofHours(1),
                false,
                3,
                Duration.ofHours(10),
                Duration.ofDays(30),
                "Frontdesk",
                null);

        assertThat(LoginThrottle.delayAfter(2, settings)).isEmpty();
        assertThat(LoginThrottle.delayAfter(3, settings)).contains(Duration.ofSeconds(10));
        assertThat(LoginThrottle.delayAfter(4, settings)).contains(Duration.ofSeconds(20));
        assertThat(LoginThrottle.delayAfter(5, settings)).contains(Duration.ofSeconds(40));
        assertThat(LoginThrottle.delayAfter(6, settings)).contains(Duration.ofMinutes(1));
        assertThat(LoginThrottle.delayAfter(Integer.MAX_VALUE, settings)).contains(Duration.ofMinutes(1));
        assertThat(LoginThrottle.delayAfter(5, properties)).as("the defaults").contains(Duration.ofSeconds(30));
    }

    private void failTimes(String name, String address, int times) {
        for (int i = 0; i < times; i++) {
            throttle.registerFailure(name, address);
        }
    }
}

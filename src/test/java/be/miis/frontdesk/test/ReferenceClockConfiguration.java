package be.miis.frontdesk.test;

import be.miis.frontdesk.shared.BusinessTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The clock of the application contexts of integration and module tests: it starts at {@link #REFERENCE} whatever
 * the real date, so tests that name dates (a ticket received in November 2026, the demo's year of tickets, the
 * closure days the migrations hold until 2030) pass on any day. It runs on from there as the real clock does, so
 * what happens later in a test is later, as in production. Tests that need a standing clock build a
 * {@link TestClock} of their own.
 */
@TestConfiguration(proxyBeanMethods = false)
public class ReferenceClockConfiguration {

    /** Wednesday 2 December 2026, 10:00 in Brussels: a working day and hour. */
    public static final Instant REFERENCE = Instant.parse("2026-12-02T09:00:00Z");

    /** Preferred over the application's system clock wherever a {@link Clock} is injected. */
    @Bean
    @Primary
    ReferenceClock referenceClock() {
        return new ReferenceClock();
    }

    /**
     * The running clock from {@link #REFERENCE}, which a test may move ahead to see what the application does later
     * (a link that expires after 90 days) and must set back with {@link #reset()} when done: the context, and so the
     * clock, is shared by the tests of a JVM.
     */
    public static final class ReferenceClock extends Clock {

        private final Clock system = Clock.system(BusinessTime.ZONE);
        private final Duration start = Duration.between(system.instant(), REFERENCE);
        private volatile Duration moved = Duration.ZERO;

        public void advance(Duration duration) {
            moved = moved.plus(duration);
        }

        public void reset() {
            moved = Duration.ZERO;
        }

        @Override
        public Instant instant() {
            return system.instant().plus(start).plus(moved);
        }

        @Override
        public ZoneId getZone() {
            return system.getZone();
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.offset(Clock.system(zone), start.plus(moved));
        }
    }
}

package be.miis.frontdesk.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The identity services on top of a repository slice, with a clock the test moves by hand. */
@TestConfiguration(proxyBeanMethods = false)
@Import({IdentityService.class, AuditLog.class, ApiTokenService.class, LoginThrottle.class})
class IdentityTestConfiguration {

    @Bean
    TestClock clock() {
        return new TestClock(Instant.parse("2026-03-02T08:00:00Z"));
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    SecurityProperties securityProperties() {
        return new SecurityProperties(5, Duration.ofMinutes(15));
    }

    /** A clock that stands still until a test moves it. */
    static final class TestClock extends Clock {

        private volatile Instant now;

        TestClock(Instant now) {
            this.now = now;
        }

        void set(Instant instant) {
            this.now = instant;
        }

        void advance(Duration duration) {
            this.now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}

package be.miis.frontdesk.identity;

import be.miis.frontdesk.test.TestClock;
import java.time.Instant;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The identity services on top of a repository slice, with a clock the test moves by hand. */
@TestConfiguration(proxyBeanMethods = false)
@Import({
    IdentityService.class,
    AuditLog.class,
    ApiTokenService.class,
    LoginThrottle.class,
    SignInSessionsSliceConfiguration.class
})
class IdentityTestConfiguration {

    @Bean
    TestClock clock() {
        return new TestClock(Instant.parse("2026-03-02T08:00:00Z"));
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}

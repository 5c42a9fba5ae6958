package be.miis.frontdesk.identity;

import be.miis.frontdesk.test.TestClock;
import java.time.Instant;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The identity services on top of a repository slice, with a clock the test moves by hand. */
@TestConfiguration(proxyBeanMethods = false)
@Import({IdentityService.class, AuditLog.class, ApiTokenService.class, LoginThrottle.class, SignInSessions.class})
class IdentityTestConfiguration {

    @Bean
    TestClock clock() {
        return new TestClock(Instant.parse("2026-03-02T08:00:00Z"));
    }

    /** The real session table, as in the application (Spring Session JDBC). */
    @Bean
    JdbcIndexedSessionRepository sessionRepository(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        return new JdbcIndexedSessionRepository(jdbc, new TransactionTemplate(transactions));
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    SecurityProperties securityProperties() {
        return WebSliceSecurityConfiguration.defaults();
    }
}

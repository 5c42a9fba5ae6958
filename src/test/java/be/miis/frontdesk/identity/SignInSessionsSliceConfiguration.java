package be.miis.frontdesk.identity;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The sessions of users on top of a repository slice, for slices that use the identity service (which ends a user's
 * sessions when an administrator resets their password): the real session table, the default settings.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import(SignInSessions.class)
public class SignInSessionsSliceConfiguration {

    /** The real session table, as in the application (Spring Session JDBC). */
    @Bean
    JdbcIndexedSessionRepository sessionRepository(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        return new JdbcIndexedSessionRepository(jdbc, new TransactionTemplate(transactions));
    }

    @Bean
    SecurityProperties securityProperties() {
        return WebSliceSecurityConfiguration.defaults();
    }
}

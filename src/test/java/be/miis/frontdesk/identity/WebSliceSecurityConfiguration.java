package be.miis.frontdesk.identity;

import static org.mockito.Mockito.mock;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

/**
 * The real security rules for web-slice tests in other packages. The collaborators that the rules need but
 * no slice test exercises (throttle, audit, tokens, user lookup, the session table) are package-private here, so this is the
 * one place that can stand them in; the slice tests log in with {@code with(user(…))} instead.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import(SecurityConfiguration.class)
public class WebSliceSecurityConfiguration {

    @Bean
    LoginThrottle loginThrottle() {
        return mock(LoginThrottle.class);
    }

    @Bean
    AuditLog auditLog() {
        return mock(AuditLog.class);
    }

    @Bean
    SecondFactors secondFactors() {
        return mock(SecondFactors.class);
    }

    @Bean
    ApiTokenService apiTokenService() {
        return mock(ApiTokenService.class);
    }

    @Bean
    @SuppressWarnings("unchecked")
    FindByIndexNameSessionRepository<? extends Session> sessionRepository() {
        return mock(FindByIndexNameSessionRepository.class);
    }

    @Bean
    FrontdeskUserDetailsService frontdeskUserDetailsService() {
        return mock(FrontdeskUserDetailsService.class);
    }

    /** Single sign-on as on a fresh installation: not configured. */
    @Bean
    SingleSignOn singleSignOn() {
        return new SingleSignOn(new OidcProperties(null, null, null, null, null, null, List.of("openid")));
    }

    @Bean
    SecurityProperties securityProperties() {
        return defaults();
    }

    /** The application's default settings, for the slices' own configurations too. */
    static SecurityProperties defaults() {
        return new SecurityProperties(
                5,
                Duration.ofSeconds(30),
                Duration.ofMinutes(15),
                Duration.ofHours(24),
                false,
                3,
                Duration.ofHours(10),
                Duration.ofDays(30),
                "Frontdesk",
                null);
    }

    @Bean
    Clock clock() {
        return Clock.fixed(Instant.parse("2026-03-02T08:00:00Z"), ZoneOffset.UTC);
    }
}

package be.miis.frontdesk.identity;

import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Single sign-on, only when an issuer is configured (FRONTDESK_OIDC_ISSUER_URI; docs/security.md, "Single sign-on
 * (OpenID Connect)"). Without it no bean of Spring's OAuth2 client exists and the login form is the only way in.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(OidcConfiguration.Configured.class)
class OidcConfiguration {

    @Bean
    OidcLogin oidcLogin(
            OidcProperties properties,
            @Value("${frontdesk.public-base-url:}") String publicBaseUrl,
            OidcAccounts accounts,
            LocaleResolver localeResolver,
            AuditLog audit,
            Clock clock) {
        return new OidcLogin(
                properties, publicBaseUrl, accounts, new LoginSuccessHandler(localeResolver, audit, clock), audit);
    }

    /** An issuer is set (an empty FRONTDESK_OIDC_ISSUER_URI is none). */
    static final class Configured implements Condition {

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return StringUtils.hasText(context.getEnvironment().getProperty("frontdesk.oidc.issuer-uri"));
        }
    }
}

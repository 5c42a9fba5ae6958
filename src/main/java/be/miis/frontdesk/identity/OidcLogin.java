package be.miis.frontdesk.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.oauth2.client.OAuth2LoginConfigurer;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.oidc.authentication.OidcAuthorizationCodeAuthenticationProvider;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.SupplierClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2LoginAuthenticationFilter;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.util.StringUtils;

/**
 * The OpenID Connect login of the pages' filter chain (docs/security.md, "Single sign-on (OpenID Connect)"): the
 * authorization code flow with the configured provider, the user mapped to their Frontdesk account by
 * {@link OidcUserMapper}, then the login form's own success handler (session start, language, audit).
 */
final class OidcLogin {

    private final ClientRegistrationRepository registrations;
    private final OidcUserMapper mapper;
    private final AuthenticationSuccessHandler successHandler;
    private final AuditLog audit;

    OidcLogin(
            OidcProperties properties,
            String publicBaseUrl,
            OidcAccounts accounts,
            AuthenticationSuccessHandler successHandler,
            AuditLog audit) {
        if (!StringUtils.hasText(properties.clientId())) {
            throw new IllegalStateException(
                    "FRONTDESK_OIDC_ISSUER_URI is set: FRONTDESK_OIDC_CLIENT_ID must be set too (docs/security.md)");
        }
        // The provider's metadata is read at the first sign-in, not at start: Frontdesk starts, and its login form
        // works, while the provider is out of reach.
        this.registrations = new SupplierClientRegistrationRepository(
                () -> new InMemoryClientRegistrationRepository(registration(properties, publicBaseUrl)));
        this.mapper = new OidcUserMapper(accounts, properties.usernameClaimName(), properties.rolesClaimName());
        this.successHandler = successHandler;
        this.audit = audit;
    }

    private static ClientRegistration registration(OidcProperties properties, String publicBaseUrl) {
        return ClientRegistrations.fromOidcIssuerLocation(String.valueOf(properties.issuerUri()))
                .registrationId(OidcProperties.REGISTRATION_ID)
                .clientId(properties.clientId())
                .clientSecret(properties.clientSecret())
                .scope(properties.scopes())
                .redirectUri(redirectUri(publicBaseUrl))
                .build();
    }

    /**
     * Where the provider sends the user back: under the configured public address when there is one, not under
     * whatever Host the request named (docs/security.md, "Host header"); otherwise Spring's template, from the request.
     */
    static String redirectUri(String publicBaseUrl) {
        String base =
                publicBaseUrl.isBlank() ? "{baseUrl}" : publicBaseUrl.trim().replaceAll("/+$", "");
        return base + "/login/oauth2/code/{registrationId}";
    }

    /** For {@code http.oauth2Login(…)} on the pages' chain. */
    Customizer<OAuth2LoginConfigurer<HttpSecurity>> configurer() {
        OidcLoginFailureHandler failureHandler = new OidcLoginFailureHandler(audit);
        return oauth2 -> {
            oauth2.loginPage("/login")
                    .clientRegistrationRepository(registrations)
                    .authorizedClientRepository(new NoAuthorizedClients())
                    .successHandler(successHandler)
                    .failureHandler(failureHandler);
            // A provider out of reach when the button is pressed: back to the login page with a message, not the
            // error page.
            oauth2.addObjectPostProcessor(new ObjectPostProcessor<OAuth2AuthorizationRequestRedirectFilter>() {
                @Override
                public <O extends OAuth2AuthorizationRequestRedirectFilter> O postProcess(O filter) {
                    filter.setAuthenticationFailureHandler(failureHandler);
                    return filter;
                }
            });
            // The chain's authentication manager knows passwords only: the code from the provider is checked by
            // Spring's OIDC provider, and the result becomes the Frontdesk user.
            oauth2.addObjectPostProcessor(new ObjectPostProcessor<OAuth2LoginAuthenticationFilter>() {
                @Override
                public <O extends OAuth2LoginAuthenticationFilter> O postProcess(O filter) {
                    filter.setAuthenticationManager(new ProviderManager(new OidcAuthorizationCodeAuthenticationProvider(
                            new RestClientAuthorizationCodeTokenResponseClient(), new OidcUserService())));
                    filter.setAuthenticationResultConverter(mapper);
                    return filter;
                }
            });
        };
    }

    /**
     * Frontdesk calls no API of the provider: its access token is not kept (in memory it would pile up, in the
     * session it would be a secret more in the database).
     */
    private static final class NoAuthorizedClients implements OAuth2AuthorizedClientRepository {

        @Override
        @SuppressWarnings("TypeParameterUnusedInFormals")
        public <T extends OAuth2AuthorizedClient> @Nullable T loadAuthorizedClient(
                String clientRegistrationId, Authentication principal, HttpServletRequest request) {
            return null;
        }

        @Override
        public void saveAuthorizedClient(
                OAuth2AuthorizedClient authorizedClient,
                Authentication principal,
                HttpServletRequest request,
                HttpServletResponse response) {}

        @Override
        public void removeAuthorizedClient(
                String clientRegistrationId,
                Authentication principal,
                HttpServletRequest request,
                HttpServletResponse response) {}
    }
}

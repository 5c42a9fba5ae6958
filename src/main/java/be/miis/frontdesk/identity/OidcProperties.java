package be.miis.frontdesk.identity;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.StringUtils;

/**
 * Single sign-on through the organisation's OpenID provider (docs/security.md, "Single sign-on (OpenID Connect)").
 * Without an issuer, there is none: the login form is the only way in, as before.
 *
 * @param issuerUri the provider's issuer; its {@code /.well-known/openid-configuration} is read at the first sign-in
 * @param clientId Frontdesk's client id at the provider
 * @param clientSecret its secret
 * @param name the provider's name on the login page's button ("Log in with FedBe")
 * @param usernameClaim the claim whose value is the Frontdesk username
 * @param rolesClaim the claim listing Frontdesk roles; empty: the roles are the ones given in Frontdesk
 * @param scopes the scopes asked for
 */
@ConfigurationProperties("frontdesk.oidc")
record OidcProperties(
        @Nullable String issuerUri,
        @Nullable String clientId,
        @Nullable String clientSecret,
        @Nullable String name,
        @Nullable String usernameClaim,
        @Nullable String rolesClaim,
        @DefaultValue({"openid", "profile", "email"}) List<String> scopes) {

    /** The id in Spring's paths: {@code /oauth2/authorization/oidc}, {@code /login/oauth2/code/oidc}. */
    static final String REGISTRATION_ID = "oidc";

    boolean enabled() {
        return StringUtils.hasText(issuerUri);
    }

    String buttonName() {
        return StringUtils.hasText(name) ? name.trim() : "SSO";
    }

    String usernameClaimName() {
        return StringUtils.hasText(usernameClaim) ? usernameClaim.trim() : "preferred_username";
    }

    /** The roles claim, or null when the roles are kept in Frontdesk. */
    @Nullable
    String rolesClaimName() {
        return StringUtils.hasText(rolesClaim) ? rolesClaim.trim() : null;
    }
}

package be.miis.frontdesk.identity;

import be.miis.frontdesk.identity.SingleSignOn.Refusal;
import be.miis.frontdesk.shared.Language;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.core.convert.converter.Converter;
import org.springframework.dao.DataAccessException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.authentication.OAuth2LoginAuthenticationToken;

/**
 * Turns the provider's word about a user into a Frontdesk sign-in (docs/security.md, "Single sign-on (OpenID
 * Connect)"): the principal is the user's {@link FrontdeskUser}, as after the login form, and the authentication
 * carries {@link #FACTOR_OIDC}: the provider checked the user's factors, so Frontdesk asks for no second one.
 */
final class OidcUserMapper implements Converter<OAuth2LoginAuthenticationToken, OAuth2AuthenticationToken> {

    /** The authority of a sign-in through the OpenID provider. */
    static final String FACTOR_OIDC = SignInFactors.OIDC;

    private final OidcAccounts accounts;
    private final String usernameClaim;
    private final @Nullable String rolesClaim;

    OidcUserMapper(OidcAccounts accounts, String usernameClaim, @Nullable String rolesClaim) {
        this.accounts = accounts;
        this.usernameClaim = usernameClaim;
        this.rolesClaim = rolesClaim;
    }

    /** Whether this sign-in went through the OpenID provider. */
    static boolean isOidc(Authentication authentication) {
        return authentication.getAuthorities().stream().anyMatch(a -> FACTOR_OIDC.equals(a.getAuthority()));
    }

    @Override
    public OAuth2AuthenticationToken convert(OAuth2LoginAuthenticationToken login) {
        OidcAccounts.Identity identity = identity(login.getPrincipal().getAttributes());
        FrontdeskUser user;
        try {
            user = accounts.signIn(identity);
        } catch (DataAccessException concurrent) {
            // The same new user signing in twice at once, or an admin saving the account meanwhile: the next try works.
            throw new OidcRefusedException(Refusal.FAILED, identity.username());
        }
        List<GrantedAuthority> authorities = new ArrayList<>(user.getAuthorities());
        // Spring's own factor authorities (FACTOR_AUTHORIZATION_CODE) stay, so that its factor rules can be used too.
        login.getAuthorities().stream()
                .filter(FactorGrantedAuthority.class::isInstance)
                .forEach(authorities::add);
        authorities.add(FactorGrantedAuthority.fromAuthority(FACTOR_OIDC));
        return new OAuth2AuthenticationToken(
                user, authorities, login.getClientRegistration().getRegistrationId());
    }

    /** What the claims say; a user without the username claim is refused as unknown. */
    OidcAccounts.Identity identity(Map<String, Object> claims) {
        String username = text(claims.get(usernameClaim));
        if (username == null) {
            throw new OidcRefusedException(Refusal.UNKNOWN, null);
        }
        return new OidcAccounts.Identity(
                username,
                text(claims.get("name")),
                text(claims.get("email")),
                language(text(claims.get("locale"))),
                rolesClaim == null ? null : roles(claims.get(rolesClaim)));
    }

    /**
     * The Frontdesk roles among the claim's values: a list, or one string of names separated by spaces or commas;
     * compared without case, with or without "ROLE_"; other values are ignored. No claim: no roles.
     */
    static Set<Role> roles(@Nullable Object claim) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Collection<?> values = claim instanceof Collection<?> list
                ? list
                : claim == null ? List.of() : List.of(claim.toString().split("[\\s,]+"));
        for (Object value : values) {
            String name = String.valueOf(value).trim().toUpperCase(Locale.ROOT);
            String bare = name.startsWith("ROLE_") ? name.substring("ROLE_".length()) : name;
            for (Role role : Role.values()) {
                if (role.name().equals(bare)) {
                    roles.add(role);
                }
            }
        }
        return roles;
    }

    /** "fr", "fr-BE", "fr_BE": the interface language, when Frontdesk has it. */
    private static @Nullable Language language(@Nullable String locale) {
        if (locale == null) {
            return null;
        }
        return Language.fromCode(locale.split("[-_]")[0]).orElse(null);
    }

    private static @Nullable String text(@Nullable Object value) {
        if (value == null) {
            return null;
        }
        String text = value.toString().trim();
        return text.isEmpty() ? null : text;
    }
}

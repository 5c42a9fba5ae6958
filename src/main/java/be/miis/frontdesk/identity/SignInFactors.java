package be.miis.frontdesk.identity;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * What a sign-in has proved, carried as authorities of the session's Authentication (docs/security.md, "Two-factor
 * sign-in"). A password alone, where a second factor applies, gives a <em>pending</em> sign-in: no role at all, so
 * every rule refuses it, and the gate sends it to the code page.
 */
public final class SignInFactors {

    /** A password accepted, the second factor still to come. */
    public static final String PENDING = "SECOND_FACTOR_PENDING";
    /** The second factor: a code of the user's app, a recovery code, or a remembered device. */
    public static final String TOTP = "FACTOR_TOTP";
    /** Signed in through the organisation's identity provider, which checks its own factors. */
    public static final String OIDC = "FACTOR_OIDC";

    private SignInFactors() {}

    static Authentication pending(FrontdeskUser user) {
        return UsernamePasswordAuthenticationToken.authenticated(
                user, null, List.of(new SimpleGrantedAuthority(PENDING)));
    }

    /** The user's roles and the factor that completed the sign-in. */
    static Authentication complete(FrontdeskUser user, String factor) {
        List<GrantedAuthority> authorities = new ArrayList<>(user.getAuthorities());
        authorities.add(new SimpleGrantedAuthority(factor));
        return UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);
    }

    public static boolean isPending(@Nullable Authentication authentication) {
        return has(authentication, PENDING);
    }

    /** Whether this sign-in went beyond a password: what creating an API token asks where a factor is required. */
    public static boolean hasSecondFactor(@Nullable Authentication authentication) {
        return has(authentication, TOTP) || has(authentication, OIDC);
    }

    private static boolean has(@Nullable Authentication authentication, String authority) {
        return authentication != null
                && authentication.getAuthorities().stream()
                        .anyMatch(granted -> authority.equals(granted.getAuthority()));
    }
}

package be.miis.frontdesk.identity;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The login form's password check, followed by the second step where one applies (docs/security.md, "Two-factor
 * sign-in"): a remembered device completes the sign-in at once; otherwise the session gets a pending sign-in, with
 * no role, until the code page completes it. The roles never reach the session on a password alone.
 */
final class SecondFactorStep implements AuthenticationManager {

    static final String DEVICE_COOKIE = "FRONTDESK_DEVICE";

    private final AuthenticationManager passwords;
    private final SecondFactors secondFactors;

    SecondFactorStep(AuthenticationManager passwords, SecondFactors secondFactors) {
        this.passwords = passwords;
        this.secondFactors = secondFactors;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        Authentication result = passwords.authenticate(authentication);
        if (!(result.getPrincipal() instanceof FrontdeskUser user) || !secondFactors.applies(user)) {
            return result;
        }
        if (secondFactors.isEnrolled(user.id()) && secondFactors.isRemembered(user, deviceToken())) {
            return SignInFactors.complete(user, SignInFactors.TOTP);
        }
        return SignInFactors.pending(user);
    }

    private static @Nullable String deviceToken() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            if (request.getCookies() != null) {
                for (Cookie cookie : request.getCookies()) {
                    if (DEVICE_COOKIE.equals(cookie.getName())) {
                        return cookie.getValue();
                    }
                }
            }
        }
        return null;
    }
}

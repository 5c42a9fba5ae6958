package be.miis.frontdesk.identity;

import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Puts the login throttle in front of password checking, for the login form and HTTP Basic alike: an address
 * that must wait is refused before the password is even looked at, so guessing gains nothing. The address is the
 * servlet's remote address, which X-Forwarded-For changes only behind a trusted proxy (docs/security.md).
 */
class ThrottlingAuthenticationProvider implements AuthenticationProvider {

    private final AuthenticationProvider delegate;
    private final LoginThrottle throttle;
    private final AuditLog audit;

    ThrottlingAuthenticationProvider(AuthenticationProvider delegate, LoginThrottle throttle, AuditLog audit) {
        this.delegate = delegate;
        this.throttle = throttle;
        this.audit = audit;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = authentication.getName();
        String address = clientAddress(authentication);
        Optional<Instant> blocked = throttle.blockedUntil(username, address);
        if (blocked.isPresent()) {
            audit.record(username, AuditAction.LOGIN_THROTTLED, "user", username, null);
            throw new LoginThrottledException(blocked.get());
        }
        try {
            Authentication result = delegate.authenticate(authentication);
            throttle.succeeded(username, address);
            return result;
        } catch (BadCredentialsException e) {
            audit.record(username, AuditAction.LOGIN_FAILED, "user", username, null);
            Optional<Instant> nowBlocked = throttle.registerFailure(username, address);
            if (nowBlocked.isPresent()) {
                throw new LoginThrottledException(nowBlocked.get());
            }
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /** Set by the login form's and HTTP Basic's filters alike; the current request when a caller did not. */
    private static @Nullable String clientAddress(Authentication authentication) {
        if (authentication.getDetails() instanceof WebAuthenticationDetails details) {
            return details.getRemoteAddress();
        }
        return RequestContext.remoteAddress();
    }
}

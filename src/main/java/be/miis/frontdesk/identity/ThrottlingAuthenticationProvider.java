package be.miis.frontdesk.identity;

import java.util.Optional;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * Puts the login throttle in front of password checking, for the login form and HTTP Basic alike: a
 * locked-out username is refused before its password is even looked at, so guessing gains nothing.
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
        Optional<java.time.Instant> locked = throttle.lockedUntil(username);
        if (locked.isPresent()) {
            audit.record(username, AuditAction.LOGIN_THROTTLED, "user", username, null);
            throw new LoginThrottledException(locked.get());
        }
        try {
            Authentication result = delegate.authenticate(authentication);
            throttle.reset(username);
            return result;
        } catch (BadCredentialsException e) {
            audit.record(username, AuditAction.LOGIN_FAILED, "user", username, null);
            Optional<java.time.Instant> nowLocked = throttle.registerFailure(username);
            if (nowLocked.isPresent()) {
                throw new LoginThrottledException(nowLocked.get());
            }
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}

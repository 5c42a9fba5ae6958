package be.miis.frontdesk.identity;

import java.time.Duration;
import java.time.Instant;
import org.springframework.security.core.AuthenticationException;

/**
 * Login refused, or this failure made the address wait: the user name failed too often from this client address
 * recently.
 */
class LoginThrottledException extends AuthenticationException {

    private final Instant lockedUntil;

    LoginThrottledException(Instant lockedUntil) {
        super("Too many failed logins from this address; blocked until " + lockedUntil);
        this.lockedUntil = lockedUntil;
    }

    Instant lockedUntil() {
        return lockedUntil;
    }

    /** Rounded up, and at least one: "try again in 0 seconds" would invite a try that is still refused. */
    long secondsLeft(Instant now) {
        Duration left = Duration.between(now, lockedUntil);
        return Math.max(1, left.getSeconds() + (left.getNano() > 0 ? 1 : 0));
    }
}

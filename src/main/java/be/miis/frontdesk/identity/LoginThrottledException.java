package be.miis.frontdesk.identity;

import java.time.Instant;
import org.springframework.security.core.AuthenticationException;

/** Login refused without checking the password, because the username failed too often recently. */
class LoginThrottledException extends AuthenticationException {

    private final Instant lockedUntil;

    LoginThrottledException(Instant lockedUntil) {
        super("Too many failed logins; locked until " + lockedUntil);
        this.lockedUntil = lockedUntil;
    }

    Instant lockedUntil() {
        return lockedUntil;
    }
}

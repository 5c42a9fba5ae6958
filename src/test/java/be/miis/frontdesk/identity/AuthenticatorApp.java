package be.miis.frontdesk.identity;

import java.time.Instant;

/** What an authenticator app shows for a key typed in from the enrolment page, for tests outside this package. */
public final class AuthenticatorApp {

    private AuthenticatorApp() {}

    public static String code(String base32Secret, Instant now) {
        return Totp.code(Totp.fromBase32(base32Secret), Totp.step(now));
    }
}

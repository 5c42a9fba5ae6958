package be.miis.frontdesk.identity;

import jakarta.validation.constraints.Positive;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How failed logins are slowed down (docs/security.md, "Login throttling") and whether the application is served
 * over HTTPS.
 *
 * @param maxFailedLogins failed logins in a row from one address for one user name before the first delay
 * @param firstDelay the first delay; each further failure doubles it
 * @param lockout the longest delay
 * @param failureMemory how long failures of a user name from an address are remembered after the last one
 * @param secureCookies served over HTTPS: cookies are {@code Secure} and every response carries HSTS
 * @param maxSessions signed-in sessions a user may have at once; signing in once more ends the one unused the longest
 * @param absoluteSessionTimeout how long after its sign-in a session ends, however busy (the idle timeout is
 *     {@code server.servlet.session.timeout})
 * @param secondFactorRememberDevice how long "remember this device" skips the second factor; zero switches it off
 * @param secondFactorIssuer the name authenticator apps show beside the code
 * @param secondFactorKey the AES key (32 bytes, base64) that encrypts the TOTP secrets (docs/security.md,
 *     "Two-factor sign-in")
 */
@ConfigurationProperties("frontdesk.security")
@Validated
record SecurityProperties(
        @DefaultValue("5") int maxFailedLogins,
        @DefaultValue("30s") Duration firstDelay,
        @DefaultValue("15m") Duration lockout,
        @DefaultValue("24h") Duration failureMemory,
        @DefaultValue("false") boolean secureCookies,
        @DefaultValue("3") @Positive int maxSessions,
        @DefaultValue("10h") Duration absoluteSessionTimeout,
        @DefaultValue("30d") Duration secondFactorRememberDevice,
        @DefaultValue("Frontdesk") String secondFactorIssuer,
        @Nullable String secondFactorKey) {}

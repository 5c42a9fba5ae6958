package be.miis.frontdesk.identity;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param maxFailedLogins failed logins in a row (per username) before it is locked out
 * @param lockout how long a locked-out username waits; also the window in which failures add up
 */
@ConfigurationProperties("frontdesk.security")
@Validated
record SecurityProperties(
        @DefaultValue("5") int maxFailedLogins,
        @DefaultValue("15m") Duration lockout) {}

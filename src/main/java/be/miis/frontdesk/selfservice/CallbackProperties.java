package be.miis.frontdesk.selfservice;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * "Call me back" (docs/portal.md): the slots offered (pieces of {@code slotLength} within the opening hours of the
 * next {@code workingDays} working days, starting at least {@code leadTime} from now), how often the frontdesk
 * tries ({@code maxAttempts}, at least {@code retryDelay} apart), and how long an agent's claim on a call-back holds
 * before another agent may take it ({@code claimTimeout}).
 */
@ConfigurationProperties("frontdesk.callback")
public record CallbackProperties(
        @DefaultValue("PT2H") Duration slotLength,
        @DefaultValue("5") int workingDays,
        @DefaultValue("PT1H") Duration leadTime,
        @DefaultValue("3") int maxAttempts,
        @DefaultValue("PT30M") Duration retryDelay,
        @DefaultValue("PT15M") Duration claimTimeout) {

    public CallbackProperties {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("frontdesk.callback.max-attempts must be at least 1");
        }
    }
}

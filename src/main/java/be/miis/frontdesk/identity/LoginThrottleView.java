package be.miis.frontdesk.identity;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The failed logins of one user name from one client address that still count.
 *
 * @param blockedUntil until when the address must wait before trying the user name again (may be past)
 * @param blocked whether it must wait now
 */
public record LoginThrottleView(
        long id,
        String username,
        String clientAddress,
        int failures,
        Instant firstFailureAt,
        Instant lastFailureAt,
        @Nullable Instant blockedUntil,
        boolean blocked) {}

package be.miis.frontdesk.organisation;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A contact's e-mail address that mail could not be delivered to (docs/mail.md, "Bounces").
 *
 * @param since the first failure since the address last worked
 * @param lastAt the latest failure
 * @param status the enhanced status code the receiving server gave (RFC 3463, e.g. {@code 5.1.1})
 * @param reason what it said, when it said anything
 */
public record EmailFailure(
        Instant since,
        Instant lastAt,
        String status,
        @Nullable String reason) {}

package be.miis.frontdesk.mail;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The outbox sender: how often it runs, how many mails per batch, the back-off between attempts (the first wait,
 * doubled each time up to the longest), after how many attempts a mail is given up as FAILED, and the lease a
 * sender holds on the rows it claimed (longer than a batch can take with the SMTP timeouts).
 */
@ConfigurationProperties("frontdesk.mail.outbox")
record OutboxProperties(
        @DefaultValue("PT10S") Duration interval,
        @DefaultValue("20") int batchSize,
        @DefaultValue("PT1M") Duration firstRetry,
        @DefaultValue("PT1H") Duration longestRetry,
        @DefaultValue("10") int maxAttempts,
        @DefaultValue("PT10M") Duration lease) {

    /** The wait after the {@code attempts}-th failed attempt: 1, 2, 4, 8 … minutes, at most the longest. */
    Duration backOff(int attempts) {
        Duration wait = firstRetry;
        for (int i = 1; i < attempts && wait.compareTo(longestRetry) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(longestRetry) < 0 ? wait : longestRetry;
    }
}

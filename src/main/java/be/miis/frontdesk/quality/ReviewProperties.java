package be.miis.frontdesk.quality;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The size of a monthly review sample (docs/reviews.md): up to {@code perAgent} answered tickets of every active
 * agent, then topped up to {@code perQueue} tickets of every queue (the frontdesk counts as one).
 */
@ConfigurationProperties("frontdesk.reviews")
record ReviewProperties(
        @DefaultValue("3") int perAgent, @DefaultValue("2") int perQueue) {

    ReviewProperties {
        if (perAgent < 1 || perQueue < 0) {
            throw new IllegalArgumentException(
                    "frontdesk.reviews.per-agent must be at least 1 and frontdesk.reviews.per-queue not negative");
        }
    }
}

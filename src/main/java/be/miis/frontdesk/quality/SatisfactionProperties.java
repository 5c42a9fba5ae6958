package be.miis.frontdesk.quality;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The rating link of answer mails (docs/satisfaction.md).
 *
 * @param linkValidity how long after the answer its rating link works
 * @param followUpAtOrBelow a score at or below this opens a follow-up task
 */
@ConfigurationProperties("frontdesk.satisfaction")
@Validated
record SatisfactionProperties(
        @DefaultValue("28d") Duration linkValidity,
        @DefaultValue("2") @Min(1) @Max(5) int followUpAtOrBelow) {}

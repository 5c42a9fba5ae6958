package be.miis.frontdesk.escalation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The SLA warning sweep. {@code enabled} and {@code interval} are read by {@link SlaSweepSchedule}'s annotations;
 * they are declared here so that they are documented, validated and typed in one place.
 *
 * @param enabled whether this instance schedules the sweep (tests switch it off and run it themselves)
 * @param interval the pause between the end of one sweep and the start of the next
 * @param batchSize escalations claimed per transaction
 */
@ConfigurationProperties("frontdesk.sla.sweep")
@Validated
record SlaSweepProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("PT1M") Duration interval,
        @DefaultValue("200") @Min(1) @Max(10_000) int batchSize) {}

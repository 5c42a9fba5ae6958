package be.miis.frontdesk.quality;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The periods of the complaints procedure (docs/complaints.md, "Deadlines"): the acknowledgement within
 * {@code acknowledgementWorkingDays} working days of the business calendar, the reasoned answer within
 * {@code investigationDays} calendar days of receipt.
 */
@ConfigurationProperties("frontdesk.complaints")
record ComplaintProperties(
        @DefaultValue("5") int acknowledgementWorkingDays,
        @DefaultValue("30") int investigationDays) {

    ComplaintProperties {
        if (acknowledgementWorkingDays < 1 || investigationDays < 1) {
            throw new IllegalArgumentException("frontdesk.complaints periods must be at least one day");
        }
    }
}

package be.miis.frontdesk.privacy;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long each kind of personal data is kept (docs/privacy.md, "Rules"); environment variables
 * {@code FRONTDESK_RETENTION_TICKETS}, {@code _AUDIT}, {@code _MAIL_QUARANTINE}, {@code _MAIL_OUTBOX} (ISO-8601
 * periods: {@code P5Y}, {@code P30D}). {@code batchSize} rows change per transaction.
 */
@ConfigurationProperties("frontdesk.retention")
record RetentionProperties(
        @DefaultValue("P5Y") Period tickets,
        @DefaultValue("P5Y") Period audit,
        @DefaultValue Mail mail,
        @DefaultValue("500") int batchSize) {

    RetentionProperties {
        if (batchSize < 1) {
            throw new IllegalArgumentException("frontdesk.retention.batch-size must be at least 1");
        }
        for (Period period : new Period[] {tickets, audit, mail.quarantine(), mail.outbox()}) {
            if (period.isNegative() || period.isZero()) {
                throw new IllegalArgumentException("frontdesk.retention periods must be positive: " + period);
            }
        }
    }

    /** Mail: decided quarantine entries, and outbox mails once sent. */
    record Mail(
            @DefaultValue("P30D") Period quarantine,
            @DefaultValue("P90D") Period outbox) {}
}

package be.miis.frontdesk.privacy;

import java.time.Instant;
import java.time.Period;

/**
 * The rules in force and, for each, the instant before which data falls under it now.
 *
 * @param cron when the nightly run starts (Europe/Brussels), or "-" when it is not scheduled
 */
public record RetentionRules(
        Period tickets, Period audit, Period quarantine, Period outbox, String cron, Cutoffs cutoffs) {

    /** The instants before which each rule applies. */
    public record Cutoffs(Instant tickets, Instant audit, Instant quarantine, Instant outbox) {}
}

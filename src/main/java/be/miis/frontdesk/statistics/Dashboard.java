package be.miis.frontdesk.statistics;

import be.miis.frontdesk.escalation.SlaState;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The manager's live view: intake today and this week by channel, open escalations by where they stand, breaches
 * this month, and the tickets that have waited longest. Read from the operational tables (small, indexed ranges),
 * not from the monthly roll-up.
 */
public record Dashboard(
        List<Intake> intake, Map<SlaState, Long> openEscalations, long breachesThisMonth, List<OldTicket> oldestOpen) {

    public record Intake(String channel, long today, long week) {}

    /** An open ticket without its subject or sender: the manager sees how long, not who. */
    public record OldTicket(String reference, String domainCode, String status, Instant receivedAt) {}

    /** Open escalations in one state (ON_TIME, AT_RISK, BREACHED). */
    public long open(String state) {
        return openEscalations.getOrDefault(SlaState.valueOf(state), 0L);
    }

    public long intakeToday() {
        return intake.stream().mapToLong(Intake::today).sum();
    }

    public long intakeWeek() {
        return intake.stream().mapToLong(Intake::week).sum();
    }
}

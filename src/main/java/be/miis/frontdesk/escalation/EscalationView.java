package be.miis.frontdesk.escalation;

import be.miis.frontdesk.shared.WorkingTime;
import be.miis.frontdesk.ticket.EscalationPriority;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An escalated ticket against its guarantee: queue, deadline and where it stands now. {@code amount} and {@code
 * unit} ("h" or "d") are the working time left (or overdue, when breached), as the SLA badge reads it: working
 * hours under one opening day, working days above (kept for the API); {@code time} is the same working time in
 * days and hours, or hours and minutes, as the badge shows it. {@code paused} while the ticket waits for the
 * customer.
 */
public record EscalationView(
        String ticketReference,
        long queueId,
        Instant receivedAt,
        Instant deadline,
        SlaState state,
        long amount,
        String unit,
        boolean paused,
        @Nullable Instant answeredAt,
        EscalationPriority priority,
        @Nullable String assignee,
        boolean returned,
        Duration workingTimeUsed,
        WorkingTime time) {

    public boolean open() {
        return answeredAt == null;
    }
}

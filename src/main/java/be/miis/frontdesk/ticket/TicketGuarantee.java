package be.miis.frontdesk.ticket;

import be.miis.frontdesk.shared.WorkingTime;
import java.time.Duration;
import java.time.Instant;

/**
 * Where an escalated ticket stands against its guarantee.
 *
 * @param state ON_TIME, AT_RISK, BREACHED, MET or MISSED
 * @param amount with {@code unit} ("h" working hours, "d" working days): the working time left, or overdue when
 *     breached, as the SLA badge reads it
 * @param paused whether the clock stands still while the ticket waits for the customer
 * @param workingTimeUsed the working time used so far, or until the answer
 * @param time the working time left, or overdue when breached, in the badge's days and hours or hours and minutes
 */
public record TicketGuarantee(
        Instant deadline,
        String state,
        long amount,
        String unit,
        boolean paused,
        Duration workingTimeUsed,
        WorkingTime time) {}

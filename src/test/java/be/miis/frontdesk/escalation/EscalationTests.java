package be.miis.frontdesk.escalation;

import static be.miis.frontdesk.escalation.BusinessCalendarTests.CALENDAR;
import static be.miis.frontdesk.escalation.BusinessCalendarTests.brussels;
import static org.assertj.core.api.Assertions.assertThat;

import be.miis.frontdesk.ticket.EscalationPriority;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** An escalation against its guarantee: deadline, the at-risk moment at 75 %, breach, met or missed. */
class EscalationTests {

    Escalation receivedBeforeEaster() {
        return new Escalation(
                7L,
                "CMI-2026-000007",
                1L,
                brussels("2026-04-03T09:00"),
                CALENDAR.workingDays(2),
                EscalationPriority.NORMAL,
                CALENDAR,
                "agent",
                brussels("2026-04-03T09:05"));
    }

    @Test
    void theDeadlineAndTheAtRiskMomentAreCountedInWorkingTime() {
        Escalation escalation = receivedBeforeEaster();
        assertThat(escalation.deadline()).isEqualTo(brussels("2026-04-07T17:00"));
        // 75 % of 16 h is 12 h: Friday 8 h, Easter Monday closed, then 4 h on Tuesday.
        assertThat(escalation.state(brussels("2026-04-07T12:59"))).isEqualTo(SlaState.ON_TIME);
        assertThat(escalation.state(brussels("2026-04-07T13:00"))).isEqualTo(SlaState.AT_RISK);
        assertThat(escalation.state(brussels("2026-04-07T17:00"))).isEqualTo(SlaState.AT_RISK);
        assertThat(escalation.state(brussels("2026-04-07T17:00").plus(Duration.ofSeconds(1))))
                .isEqualTo(SlaState.BREACHED);
    }

    @Test
    void theWorkingTimeUsedLeavesOutClosedDaysAndTheWaitForTheCustomer() {
        Escalation escalation = receivedBeforeEaster();
        // Friday 09:00–17:00 is 8 h; the weekend and Easter Monday are closed.
        assertThat(escalation.workingTimeUsed(CALENDAR, brussels("2026-04-07T10:30")))
                .isEqualTo(Duration.ofMinutes(9 * 60 + 30));
        // Waiting for the customer from Tuesday 10:00 to Wednesday 11:00 (8 working hours) does not count.
        escalation.pause(brussels("2026-04-07T10:00"));
        assertThat(escalation.workingTimeUsed(CALENDAR, brussels("2026-04-08T09:30")))
                .isEqualTo(Duration.ofHours(9));
        escalation.resume(brussels("2026-04-08T11:00"), CALENDAR);
        escalation.answer(brussels("2026-04-08T12:00"), CALENDAR);
        assertThat(escalation.workingTimeUsed(CALENDAR, brussels("2026-04-20T12:00")))
                .isEqualTo(Duration.ofHours(10));
        // Recorded with the answer for the statistics.
        assertThat(escalation.workingMinutes()).isEqualTo(600);
    }

    @Test
    void aHandedBackTicketLeavesTheQueueAndComesBackWithItsDeadline() {
        Escalation escalation = receivedBeforeEaster();
        escalation.assign("eric");
        escalation.returnToFrontdesk(brussels("2026-04-07T09:30"));
        assertThat(escalation.returnedAt()).isEqualTo(brussels("2026-04-07T09:30"));
        assertThat(escalation.assignee()).isNull();

        escalation.reescalate(3L, CALENDAR.workingDays(2), EscalationPriority.HIGH, CALENDAR);
        assertThat(escalation.returnedAt()).isNull();
        assertThat(escalation.queueId()).isEqualTo(3L);
        assertThat(escalation.priority()).isEqualTo(EscalationPriority.HIGH);
        assertThat(escalation.deadline()).isEqualTo(brussels("2026-04-07T17:00"));
        // A queue with a guarantee of three working days moves the deadline by one.
        escalation.changeSla(CALENDAR.workingDays(3), CALENDAR);
        assertThat(escalation.deadline()).isEqualTo(brussels("2026-04-08T17:00"));
    }

    @Test
    void anAnswerIsMeasuredOnceAgainstTheDeadline() {
        Escalation onTime = receivedBeforeEaster();
        onTime.answer(brussels("2026-04-07T16:59"), CALENDAR);
        onTime.answer(brussels("2026-04-09T10:00"), CALENDAR);
        assertThat(onTime.state(brussels("2026-05-01T10:00"))).isEqualTo(SlaState.MET);

        Escalation late = receivedBeforeEaster();
        late.answer(brussels("2026-04-08T09:30"), CALENDAR);
        assertThat(late.state(brussels("2026-04-08T09:31"))).isEqualTo(SlaState.MISSED);
        // The first answer counts: Friday 8 h and Tuesday 8 h before the deadline.
        assertThat(onTime.workingMinutes()).isEqualTo(16 * 60 - 1);
    }

    @Test
    void waitingForTheCustomerStopsTheClockAndMovesTheDeadlineByTheWorkingTimePaused() {
        Escalation escalation = receivedBeforeEaster();
        escalation.pause(brussels("2026-04-03T15:00"));
        // The clock stands still: still on time days later, as it was when the wait began.
        assertThat(escalation.state(brussels("2026-04-10T10:00"))).isEqualTo(SlaState.ON_TIME);
        assertThat(escalation.pausedSince()).isEqualTo(brussels("2026-04-03T15:00"));

        // The reply comes on Tuesday at 15:00: one working day paused (Friday 2 h, Tuesday 6 h).
        escalation.resume(brussels("2026-04-07T15:00"), CALENDAR);
        assertThat(escalation.pausedSince()).isNull();
        assertThat(escalation.deadline()).isEqualTo(brussels("2026-04-08T17:00"));
        assertThat(escalation.state(brussels("2026-04-08T16:00"))).isEqualTo(SlaState.AT_RISK);
    }

    @Test
    void aCalendarChangeIsReappliedFromTheHistory() {
        Escalation escalation = receivedBeforeEaster();
        escalation.pause(brussels("2026-04-03T15:00"));
        escalation.resume(brussels("2026-04-07T15:00"), CALENDAR);
        // Wednesday 8 April becomes a closure day: the deadline moves to Thursday, pauses still counted.
        BusinessCalendar closedWednesday =
                BusinessCalendarTests.calendar(OpeningHours.standard(), java.time.LocalDate.of(2026, 4, 8));
        escalation.schedule(closedWednesday);
        assertThat(escalation.deadline()).isEqualTo(brussels("2026-04-09T17:00"));
    }
}

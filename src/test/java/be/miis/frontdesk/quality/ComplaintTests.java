package be.miis.frontdesk.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.miis.frontdesk.shared.BusinessTime;
import be.miis.frontdesk.shared.ContentLanguage;
import be.miis.frontdesk.ticket.Channel;
import be.miis.frontdesk.ticket.Customer;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ComplaintTests {

    /** Christmas and New Year's Day fall on Fridays in 2026; the oracle is a plain list, not the engine. */
    private static final Set<LocalDate> HOLIDAYS = Set.of(LocalDate.of(2026, 12, 25), LocalDate.of(2027, 1, 1));

    private static final ComplaintDeadlines DEADLINES = new ComplaintDeadlines(
            day -> day.getDayOfWeek() != DayOfWeek.SATURDAY
                    && day.getDayOfWeek() != DayOfWeek.SUNDAY
                    && !HOLIDAYS.contains(day),
            5,
            30);

    private static Instant brussels(int year, int month, int day, int hour) {
        return LocalDateTime.of(year, month, day, hour, 0)
                .atZone(BusinessTime.ZONE)
                .toInstant();
    }

    private static Complaint receivedOn(Instant at) {
        return new Complaint(
                42L, "CMI-2026-000042", new Customer(Channel.EMAIL, ContentLanguage.FR, 7L, 8L), "RMI", at, DEADLINES);
    }

    @Test
    void acknowledgementDeadlineSkipsTheHolidaysAndTheWeekends() {
        // Thursday 24 December: 28, 29, 30, 31 December and 4 January are the five working days after it.
        Complaint complaint = receivedOn(brussels(2026, 12, 24, 10));

        assertThat(ComplaintDeadlines.lastDay(complaint.acknowledgementDue())).isEqualTo(LocalDate.of(2027, 1, 4));
        assertThat(complaint.acknowledgementDue()).isEqualTo(brussels(2027, 1, 5, 0));
    }

    @Test
    void answerDeadlineOnAHolidayMovesToTheNextWorkingDay() {
        // 2 December + 30 days = 1 January, a holiday, then a weekend: Monday 4 January.
        Complaint complaint = receivedOn(brussels(2026, 12, 2, 16));

        assertThat(ComplaintDeadlines.lastDay(complaint.answerDue())).isEqualTo(LocalDate.of(2027, 1, 4));
    }

    @Test
    void aReceiptLateInTheEveningCountsFromItsBrusselsDay() {
        // 23:30 in Brussels is still 22:30 UTC of the same day: the day is Brussels', not UTC's.
        Complaint complaint = receivedOn(brussels(2026, 12, 3, 23).plusSeconds(1_800));

        assertThat(ComplaintDeadlines.lastDay(complaint.acknowledgementDue())).isEqualTo(LocalDate.of(2026, 12, 10));
    }

    @Test
    void runsThroughAcknowledgementAdmissibilityInvestigationAndAnswer() {
        Complaint complaint = receivedOn(brussels(2026, 12, 2, 10));

        complaint.acknowledge("handler", brussels(2026, 12, 3, 9));
        complaint.admit(null, "handler", brussels(2026, 12, 4, 9));
        complaint.concern("agent1", "Call-back planning");
        complaint.answer(
                ComplaintOutcome.PARTLY_FOUNDED,
                3L,
                "Call-backs are now planned by slot.",
                "We should have called you back.",
                "handler",
                brussels(2027, 1, 4, 16));

        assertThat(complaint.stage()).isEqualTo(ComplaintStage.ANSWERED);
        assertThat(complaint.rootCauseId()).isEqualTo(3L);
        assertThat(complaint.concernedUser()).isEqualTo("agent1");
        assertThat(complaint.acknowledgedInTime(brussels(2027, 2, 1, 9))).isTrue();
        // Answered on the last day allowed, the holiday and the weekend having moved it: in time.
        assertThat(complaint.answeredInTime(brussels(2027, 2, 1, 9))).isTrue();
        assertThat(complaint.pendingEvents())
                .hasSize(3)
                .hasExactlyElementsOfTypes(
                        ComplaintAcknowledged.class, ComplaintAdmissibilityDecided.class, ComplaintAnswered.class);
        assertThat(((ComplaintAcknowledged) complaint.pendingEvents().get(0)).answerDue())
                .isEqualTo(complaint.answerDue());
    }

    @Test
    void refusesToDecideAdmissibilityBeforeTheAcknowledgement() {
        Complaint complaint = receivedOn(brussels(2026, 12, 2, 10));

        assertThatThrownBy(() -> complaint.admit(null, "handler", brussels(2026, 12, 3, 9)))
                .isInstanceOfSatisfying(IllegalComplaintStepException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("quality.complaint.refused.decide"));
        assertThat(complaint.stage()).isEqualTo(ComplaintStage.RECEIVED);
    }

    @Test
    void refusesToAnswerBeforeTheComplaintIsAdmissible() {
        Complaint complaint = receivedOn(brussels(2026, 12, 2, 10));
        complaint.acknowledge("handler", brussels(2026, 12, 3, 9));

        assertThatThrownBy(() -> complaint.answer(
                        ComplaintOutcome.UNFOUNDED, null, null, "No.", "handler", brussels(2026, 12, 4, 9)))
                .isInstanceOf(IllegalComplaintStepException.class);
        assertThat(complaint.stage()).isEqualTo(ComplaintStage.ACKNOWLEDGED);
    }

    @Test
    void refusesToAcknowledgeTwice() {
        Complaint complaint = receivedOn(brussels(2026, 12, 2, 10));
        complaint.acknowledge("handler", brussels(2026, 12, 3, 9));

        assertThatThrownBy(() -> complaint.acknowledge("handler", brussels(2026, 12, 3, 10)))
                .isInstanceOf(IllegalComplaintStepException.class);
    }

    @Test
    void anInadmissibleComplaintNeedsItsReasonAndIsClosed() {
        Complaint complaint = receivedOn(brussels(2026, 12, 2, 10));
        complaint.acknowledge("handler", brussels(2026, 12, 3, 9));

        assertThatThrownBy(() -> complaint.refuse(null, "Why", "handler", brussels(2026, 12, 4, 9)))
                .isInstanceOf(InvalidComplaintException.class)
                .extracting("field")
                .isEqualTo("reason");
        assertThatThrownBy(
                        () -> complaint.refuse(InadmissibilityReason.APPEAL, " ", "handler", brussels(2026, 12, 4, 9)))
                .isInstanceOf(InvalidComplaintException.class)
                .extracting("field")
                .isEqualTo("explanation");
        assertThat(complaint.stage()).isEqualTo(ComplaintStage.ACKNOWLEDGED);

        complaint.refuse(
                InadmissibilityReason.APPEAL,
                "Contest the decision with the labour court.",
                "h",
                brussels(2026, 12, 4, 9));

        assertThat(complaint.stage()).isEqualTo(ComplaintStage.INADMISSIBLE);
        assertThat(complaint.closedAt()).isNotNull();
        assertThatThrownBy(() -> complaint.answer(
                        ComplaintOutcome.UNFOUNDED, null, null, "No.", "handler", brussels(2026, 12, 5, 9)))
                .isInstanceOf(IllegalComplaintStepException.class);
        assertThatThrownBy(() -> complaint.concern("agent1", null)).isInstanceOf(IllegalComplaintStepException.class);
    }

    @Test
    void aFoundedComplaintNeedsItsRootCauseAndTheActionTaken() {
        Complaint complaint = investigated();

        assertThatThrownBy(() -> complaint.answer(
                        ComplaintOutcome.FOUNDED, null, "Lesson", "Answer", "h", brussels(2026, 12, 9, 9)))
                .isInstanceOf(InvalidComplaintException.class)
                .extracting("field")
                .isEqualTo("rootCauseId");
        assertThatThrownBy(() ->
                        complaint.answer(ComplaintOutcome.FOUNDED, 1L, "", "Answer", "h", brussels(2026, 12, 9, 9)))
                .isInstanceOf(InvalidComplaintException.class)
                .extracting("field")
                .isEqualTo("actionTaken");
        assertThatThrownBy(() -> complaint.answer(null, 1L, "Lesson", "Answer", "h", brussels(2026, 12, 9, 9)))
                .isInstanceOf(InvalidComplaintException.class)
                .extracting("field")
                .isEqualTo("outcome");
        assertThat(complaint.stage()).isEqualTo(ComplaintStage.INVESTIGATING);
    }

    @Test
    void anUnfoundedComplaintKeepsNoRootCause() {
        Complaint complaint = investigated();

        complaint.answer(ComplaintOutcome.UNFOUNDED, 1L, null, "Our answer was right.", "h", brussels(2026, 12, 9, 9));

        assertThat(complaint.rootCauseId()).isNull();
        assertThat(complaint.outcome()).isEqualTo(ComplaintOutcome.UNFOUNDED);
    }

    @Test
    void aLateStepMissesItsDeadlineAndAnOpenCaseIsLateOnceItsDeadlinePassed() {
        Complaint complaint = receivedOn(brussels(2026, 12, 2, 10));

        assertThat(complaint.acknowledgedInTime(brussels(2026, 12, 9, 23))).isNull();
        assertThat(complaint.acknowledgedInTime(brussels(2026, 12, 10, 1))).isFalse();

        complaint.acknowledge("handler", brussels(2026, 12, 10, 9));

        assertThat(complaint.acknowledgedInTime(brussels(2026, 12, 10, 9))).isFalse();
        assertThat(complaint.answeredInTime(brussels(2026, 12, 10, 9))).isNull();
    }

    private static Complaint investigated() {
        Complaint complaint = receivedOn(brussels(2026, 12, 2, 10));
        complaint.acknowledge("handler", brussels(2026, 12, 3, 9));
        complaint.admit("", "handler", brussels(2026, 12, 4, 9));
        return complaint;
    }
}

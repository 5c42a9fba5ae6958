package be.miis.frontdesk.quality;

import static org.assertj.core.api.Assertions.assertThat;

import be.miis.frontdesk.shared.BusinessTime;
import be.miis.frontdesk.shared.ContentLanguage;
import be.miis.frontdesk.ticket.Channel;
import be.miis.frontdesk.ticket.Customer;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class ComplaintReportTests {

    private static final ComplaintDeadlines DEADLINES = new ComplaintDeadlines(
            day -> day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY, 5, 30);

    private static final List<RootCause> CAUSES = List.of(
            new RootCause(1, "Te laat", "Tardif", "Late", true), new RootCause(2, "Fout", "Erreur", "Wrong", true));

    private static Instant brussels(int month, int day, int hour) {
        return LocalDateTime.of(2026, month, day, hour, 0)
                .atZone(BusinessTime.ZONE)
                .toInstant();
    }

    private static Complaint received(Instant at, Channel channel, String domain) {
        return new Complaint(
                1L, "CMI-2026-000001", new Customer(channel, ContentLanguage.NL, null, null), domain, at, DEADLINES);
    }

    @Test
    void countsEachComplaintInTheBrusselsMonthOfItsReceiptWithItsOutcomeCauseAndDeadlines() {
        // 31 March 23:30 in Brussels is still March there, though April has begun nowhere else yet: March.
        Complaint founded = received(brussels(3, 31, 23).plusSeconds(1_800), Channel.EMAIL, "RMI");
        founded.acknowledge("h", brussels(4, 1, 9));
        founded.admit(null, "h", brussels(4, 2, 9));
        founded.answer(ComplaintOutcome.FOUNDED, 2L, "Checklist added", "Sorry", "h", brussels(4, 20, 9));
        Complaint refused = received(brussels(3, 2, 10), Channel.PHONE, "RMI");
        refused.acknowledge("h", brussels(3, 20, 9));
        refused.refuse(InadmissibilityReason.APPEAL, "Appeal at the labour court", "h", brussels(3, 21, 9));
        Complaint open = received(brussels(5, 4, 10), Channel.WEB, "ESF");
        Complaint lastYear = received(Instant.parse("2025-12-31T22:30:00Z"), Channel.WEB, "ESF");

        ComplaintFigures figures = ComplaintReport.of(
                2026,
                List.of(founded, refused, open, lastYear),
                CAUSES,
                List.of("RMI", "ESF", "OTHER"),
                brussels(12, 1, 9));

        ComplaintFigures.Month march = figures.months().get(2);
        assertThat(march.month()).isEqualTo(YearMonth.of(2026, 3));
        assertThat(march.received()).isEqualTo(2);
        assertThat(march.founded()).isEqualTo(1);
        assertThat(march.inadmissible()).isEqualTo(1);
        // The refusal's acknowledgement came 14 working days late; its letter was still within 30 days.
        assertThat(march.acknowledgedInTime()).isEqualTo(1);
        assertThat(march.acknowledgedLate()).isEqualTo(1);
        assertThat(march.answeredInTime()).isEqualTo(2);
        assertThat(figures.months().get(3).received()).isZero();
        // Still open on 1 December, long past both deadlines: late twice.
        ComplaintFigures.Month may = figures.months().get(4);
        assertThat(may.open()).isEqualTo(1);
        assertThat(may.acknowledgedLate()).isEqualTo(1);
        assertThat(may.answeredLate()).isEqualTo(1);
        assertThat(figures.total().received()).isEqualTo(3);
        assertThat(figures.byOutcome())
                .containsEntry(ComplaintOutcome.FOUNDED, 1L)
                .containsEntry(ComplaintOutcome.UNFOUNDED, 0L);
        assertThat(figures.byRootCause()).containsEntry(1L, 0L).containsEntry(2L, 1L);
        assertThat(figures.byChannel())
                .containsEntry(Channel.EMAIL, 1L)
                .containsEntry(Channel.PHONE, 1L)
                .containsEntry(Channel.LETTER, 0L);
        assertThat(figures.byDomain())
                .containsEntry("RMI", 2L)
                .containsEntry("ESF", 1L)
                .containsEntry("OTHER", 0L);
        assertThat(figures.lessons()).singleElement().satisfies(lesson -> {
            assertThat(lesson.action()).isEqualTo("Checklist added");
            assertThat(lesson.month()).isEqualTo(YearMonth.of(2026, 3));
        });
    }
}

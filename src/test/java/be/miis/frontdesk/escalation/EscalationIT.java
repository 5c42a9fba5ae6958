package be.miis.frontdesk.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import be.miis.frontdesk.shared.PagedResult;
import be.miis.frontdesk.test.FrontdeskIntegrationTest;
import be.miis.frontdesk.ticket.Channel;
import be.miis.frontdesk.ticket.TicketService;
import be.miis.frontdesk.ticket.TicketType;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Escalating a ticket puts it in the queue of its domain with the deadline of the guarantee, in the ticket's own
 * transaction; its answer is measured against that deadline.
 */
@FrontdeskIntegrationTest
class EscalationIT {

    @Autowired
    TicketService tickets;

    @Autowired
    EscalationService escalations;

    @Autowired
    EscalationFigures figures;

    @Autowired
    CalendarAdministration businessCalendar;

    @Autowired
    QueueAdministration queueAdmin;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    EntityManager entityManager;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anEscalatedTicketGetsItsDeadlineFromItsReceiptAndIsMeasuredWhenAnswered() {
        // Friday 3 April 2026, 09:00 in Brussels: due Tuesday 7 April at 17:00 (Easter Monday in between).
        String reference = escalate("SOCIAL_AID", TicketType.QUESTION, Instant.parse("2026-04-03T07:00:00Z"));

        EscalationView escalation = escalations.findByTicket(reference).orElseThrow();
        assertThat(escalation.deadline()).isEqualTo(Instant.parse("2026-04-07T15:00:00Z"));
        assertThat(escalation.state()).isEqualTo(SlaState.BREACHED);
        assertThat(escalation.unit()).isEqualTo("d");
        assertThat(escalation.queueId()).isEqualTo(queueId("SOCIAL_AID"));

        tickets.answer(reference, tickets.get(reference, "test").version(), "Antwoord", Channel.EMAIL, "expert");
        assertThat(escalations.findByTicket(reference).orElseThrow().state()).isEqualTo(SlaState.MISSED);
        assertThat(escalations.findByTicket(reference).orElseThrow().open()).isFalse();
    }

    @Test
    void waitingForTheOcmwPausesTheClockUntilItReplies() {
        String reference = escalate("RMI", TicketType.QUESTION, null);
        Instant before = escalations.findByTicket(reference).orElseThrow().deadline();
        tickets.take(reference, tickets.get(reference, "test").version(), "expert");
        tickets.waitForCustomer(reference, tickets.get(reference, "test").version(), "Stuur het attest.", "expert");
        assertThat(escalations.findByTicket(reference).orElseThrow().paused()).isTrue();

        tickets.receiveReply(reference, "Hier is het attest.", Channel.EMAIL, "expert");
        EscalationView resumed = escalations.findByTicket(reference).orElseThrow();
        assertThat(resumed.paused()).isFalse();
        assertThat(resumed.deadline()).as("never earlier after a pause").isAfterOrEqualTo(before);
    }

    @Test
    void anExtraClosureDayMovesTheDeadlinesOfOpenEscalationsAndRemovingItMovesThemBack() {
        // Monday 15 June 2026, 09:00 in Brussels: due Tuesday 16 June at 17:00.
        String reference = escalate("RMI", TicketType.QUESTION, Instant.parse("2026-06-15T07:00:00Z"));
        assertThat(escalations.findByTicket(reference).orElseThrow().deadline())
                .isEqualTo(Instant.parse("2026-06-16T15:00:00Z"));
        java.time.LocalDate tuesday = java.time.LocalDate.of(2026, 6, 16);

        assertThat(businessCalendar.addClosureDay(tuesday, "Brugdag", "Jour de pont"))
                .isPositive();
        assertThat(escalations.findByTicket(reference).orElseThrow().deadline())
                .isEqualTo(Instant.parse("2026-06-17T15:00:00Z"));
        assertThat(businessCalendar.closureDays(2026)).anyMatch(d -> d.date().equals(tuesday) && !d.publicHoliday());
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> businessCalendar.addClosureDay(tuesday, "Nog eens", "Encore"))
                .isInstanceOf(InvalidCalendarException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> businessCalendar.addClosureDay(java.time.LocalDate.of(2026, 6, 18), " ", "Jour"))
                .isInstanceOf(InvalidCalendarException.class);

        businessCalendar.removeClosureDay(tuesday);
        assertThat(escalations.findByTicket(reference).orElseThrow().deadline())
                .isEqualTo(Instant.parse("2026-06-16T15:00:00Z"));
    }

    @Test
    void aComplaintGoesToTheComplaintsQueueAndAFreshQuestionIsOnTime() {
        String complaint = escalate("RMI", TicketType.COMPLAINT, null);
        EscalationView view = escalations.findByTicket(complaint).orElseThrow();
        assertThat(view.queueId()).isEqualTo(queueId("COMPLAINTS"));
        assertThat(view.state()).isIn(SlaState.ON_TIME, SlaState.AT_RISK);
        assertThat(escalations.findByTicket("CMI-1999-000001")).isEmpty();
    }

    @Test
    void aQueueListsItsOpenEscalationsByDeadlineAPageAtATime() {
        long queue = queueId("ESF");
        for (int day = 1; day <= 5; day++) {
            escalate("ESF", TicketType.QUESTION, Instant.parse("2026-06-0%dT08:00:00Z".formatted(day)));
        }
        List<EscalationView> all = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            PagedResult<EscalationView> page = escalations.findOpen(queue, cursor, 2, "expert");
            all.addAll(page.items());
            cursor = page.nextCursor();
            pages++;
        } while (cursor != null);
        assertThat(pages).isGreaterThanOrEqualTo(3);
        assertThat(all).extracting(EscalationView::deadline).isSorted();
        assertThat(all).extracting(EscalationView::ticketReference).doesNotHaveDuplicates();
        assertThat(all).allMatch(EscalationView::open);
        assertThat(figures.countOpenByQueue().get(queue)).isEqualTo(all.size());
    }

    @Test
    void aTicketEscalatedAtFirstContactIsInsertedOnceWithItsEscalationInTheSameTransaction() {
        transactions.executeWithoutResult(status -> {
            // The counters also hold what earlier transactions of this connection did and the backend has not
            // reported yet (PostgreSQL reports when idle), so the test compares them within its own transaction.
            List<Long> before = ticketWrites();
            String reference = escalate("RMI", TicketType.QUESTION, null);
            entityManager.flush();
            List<Long> after = ticketWrites();

            // The ticket inserted once, never updated after its insert.
            assertThat(List.of(after.get(0) - before.get(0), after.get(1) - before.get(1)))
                    .containsExactly(1L, 0L);
            assertThat(escalations.findByTicket(reference)).isPresent();
            status.setRollbackOnly();
        });
    }

    /** Rows of {@code ticket} inserted and updated so far in this transaction (and not yet reported before it). */
    private List<Long> ticketWrites() {
        return jdbc.sql("select n_tup_ins, n_tup_upd from pg_stat_xact_user_tables where relname = 'ticket'")
                .query((rs, n) -> List.of(rs.getLong(1), rs.getLong(2)))
                .single();
    }

    private String escalate(String domain, TicketType type, @Nullable Instant receivedAt) {
        return tickets.open(EscalationMother.escalated(domain, type, receivedAt), "agent");
    }

    private long queueId(String code) {
        return queueAdmin.findQueues().stream()
                .filter(q -> q.code().equals(code))
                .findFirst()
                .orElseThrow()
                .id();
    }
}

package be.miis.frontdesk.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.miis.frontdesk.shared.ContentLanguage;
import be.miis.frontdesk.shared.NotPermittedException;
import be.miis.frontdesk.test.FrontdeskIntegrationTest;
import be.miis.frontdesk.ticket.Channel;
import be.miis.frontdesk.ticket.EntryKind;
import be.miis.frontdesk.ticket.EscalationPriority;
import be.miis.frontdesk.ticket.EscalationRequest;
import be.miis.frontdesk.ticket.IllegalTransitionException;
import be.miis.frontdesk.ticket.InvalidTicketException;
import be.miis.frontdesk.ticket.OpenTicket;
import be.miis.frontdesk.ticket.TicketService;
import be.miis.frontdesk.ticket.TicketStatus;
import be.miis.frontdesk.ticket.TicketType;
import be.miis.frontdesk.ticket.TicketView;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * Working the queues on a real database: escalating to a chosen queue with priority and handover note, taking,
 * assigning, handing back and escalating again, "my escalations", the workload of a queue, and the admin's
 * changes of a queue's guarantee and of the opening hours, re-applied to open escalations.
 */
@FrontdeskIntegrationTest
class EscalationWorkIT {

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

    @Test
    void anEscalationGoesToTheChosenQueueWithItsPriorityAndHandoverNote() {
        String reference = open(Instant.parse("2026-06-15T07:00:00Z"));
        long esf = queueId("ESF");

        tickets.escalate(
                reference,
                version(reference),
                new EscalationRequest(esf, EscalationPriority.URGENT, "Asked about the final report; checked FAQ 4."),
                "agent");

        EscalationView escalation = escalations.findByTicket(reference).orElseThrow();
        assertThat(escalation.queueId()).isEqualTo(esf);
        assertThat(escalation.priority()).isEqualTo(EscalationPriority.URGENT);
        TicketView ticket = tickets.get(reference, "test");
        assertThat(ticket.status()).isEqualTo(TicketStatus.ESCALATED);
        assertThat(ticket.entries())
                .filteredOn(e -> e.kind() == EntryKind.NOTE)
                .extracting(e -> e.body())
                .containsExactly("Asked about the final report; checked FAQ 4.");
        // The ticket carries its guarantee: Monday 15 June 09:00 is due Tuesday 16 June 17:00; long breached now.
        assertThat(ticket.deadline()).isEqualTo(Instant.parse("2026-06-16T15:00:00Z"));
        assertThat(ticket.slaState()).isEqualTo("BREACHED");
        assertThat(Duration.parse(ticket.workingTimeUsed())).isGreaterThan(Duration.ofHours(16));
    }

    @Test
    void removingAClosureDayMovesTheOpenEscalationsWhoseWorkingTimeRunsThroughIt() {
        LocalDate tuesday = LocalDate.of(2026, 6, 23);
        LocalDate thursday = LocalDate.of(2026, 6, 25);
        long throughTuesday = businessCalendar.openEscalationsSpanning(tuesday);
        long throughThursday = businessCalendar.openEscalationsSpanning(thursday);

        // Received Monday 22 June 09:00: due Tuesday 23 June 17:00.
        String reference = open(Instant.parse("2026-06-22T07:00:00Z"));
        tickets.escalate(
                reference,
                version(reference),
                new EscalationRequest(queueId("RMI"), EscalationPriority.NORMAL, "Counted by the calendar."),
                "agent");

        assertThat(businessCalendar.openEscalationsSpanning(tuesday)).isEqualTo(throughTuesday + 1);
        assertThat(businessCalendar.openEscalationsSpanning(thursday)).isEqualTo(throughThursday);
    }

    @Test
    void aClosedOrUnknownQueueUndoesTheWholeEscalation() {
        String reference = open(null);
        int version = version(reference);

        assertThatThrownBy(() -> tickets.escalate(
                        reference,
                        version,
                        new EscalationRequest(987_654L, EscalationPriority.NORMAL, "note"),
                        "agent"))
                .isInstanceOfSatisfying(InvalidTicketException.class, e -> {
                    assertThat(e.field()).isEqualTo("queueId");
                    assertThat(e.messageKey()).isEqualTo("escalation.queue.unknown");
                });

        TicketView ticket = tickets.get(reference, "test");
        assertThat(ticket.status()).isEqualTo(TicketStatus.NEW);
        assertThat(ticket.version()).isEqualTo(version);
        assertThat(ticket.entries()).noneMatch(e -> e.kind() == EntryKind.NOTE);
        assertThat(escalations.findByTicket(reference)).isEmpty();
    }

    @Test
    void anExpertTakesAColleagueIsAssignedAndOnlyExpertsCanBe() {
        String reference = escalated("INFOSEC");
        tickets.takeFromQueue(reference, "expert");
        assertThat(escalations.findByTicket(reference).orElseThrow().assignee()).isEqualTo("expert");
        // A second take from an outdated queue list is refused: the ticket is someone's already.
        assertThatThrownBy(() -> tickets.takeFromQueue(reference, "expert"))
                .isInstanceOf(IllegalTransitionException.class);

        assertThat(mine("expert")).contains(reference);
        assertThatThrownBy(() -> tickets.assign(reference, version(reference), "agent", "expert"))
                .isInstanceOf(InvalidTicketException.class);
        assertThatThrownBy(() -> tickets.assign(reference, version(reference), "nobody-here", "expert"))
                .isInstanceOf(InvalidTicketException.class);
        assertThat(escalations.findByTicket(reference).orElseThrow().assignee()).isEqualTo("expert");

        Workload expert = figures.workload(queueId("INFOSEC")).stream()
                .filter(w -> "expert".equals(w.assignee()))
                .findFirst()
                .orElseThrow();
        assertThat(expert.open()).isPositive();
        assertThat(expert.open()).isGreaterThanOrEqualTo(expert.waiting() + expert.atRisk() + expert.breached());
    }

    /** The ticket page's "take" once let an agent do what the backoffice pages refuse them (docs/roles.md). */
    @Test
    void takingAssigningAndHandingBackAreTheBackofficesWhicheverRouteAsks() {
        String reference = escalated("INFOSEC");
        int version = version(reference);

        for (String notAnExpert : List.of("agent", "manager", "admin")) {
            assertThatThrownBy(() -> tickets.take(reference, version, notAnExpert))
                    .isInstanceOfSatisfying(NotPermittedException.class, e -> assertThat(e.messageKey())
                            .isEqualTo("ticket.permission.backoffice"));
            assertThatThrownBy(() -> tickets.takeFromQueue(reference, notAnExpert))
                    .isInstanceOf(NotPermittedException.class);
            assertThatThrownBy(() -> tickets.assign(reference, version, "expert", notAnExpert))
                    .isInstanceOf(NotPermittedException.class);
            assertThatThrownBy(() -> tickets.returnToFrontdesk(reference, version, "Not ours.", notAnExpert))
                    .isInstanceOf(NotPermittedException.class);
        }
        assertThat(tickets.get(reference, "test").status()).isEqualTo(TicketStatus.ESCALATED);
        assertThat(version(reference)).isEqualTo(version);

        tickets.take(reference, version, "expert");
        assertThat(escalations.findByTicket(reference).orElseThrow().assignee()).isEqualTo("expert");
    }

    /** A queue's work list is the backoffice's, whether the page or the API asks. */
    @Test
    void onlyExpertsListTheEscalationsOfAQueue() {
        long queue = queueId("RMI");

        for (String notAnExpert : List.of("agent", "manager")) {
            assertThatThrownBy(() -> escalations.findOpen(queue, null, 10, notAnExpert))
                    .isInstanceOfSatisfying(NotPermittedException.class, e -> assertThat(e.messageKey())
                            .isEqualTo("escalation.permission.queue"));
        }
        assertThat(escalations.findOpen(queue, null, 10, "expert").items()).isNotNull();
    }

    @Test
    void aTicketHandedBackLeavesTheQueueAndComesBackWithItsDeadline() {
        String reference = escalated("URBAN_POLICY");
        long queue = queueId("URBAN_POLICY");
        Instant deadline = escalations.findByTicket(reference).orElseThrow().deadline();
        long before = figures.countOpenByQueue().getOrDefault(queue, 0L);
        tickets.takeFromQueue(reference, "expert");

        assertThatThrownBy(() -> tickets.returnToFrontdesk(reference, version(reference), " ", "expert"))
                .isInstanceOf(InvalidTicketException.class);
        tickets.returnToFrontdesk(reference, version(reference), "The answer is FAQ 12: give it by phone.", "expert");

        TicketView ticket = tickets.get(reference, "test");
        assertThat(ticket.status()).isEqualTo(TicketStatus.NEW);
        assertThat(ticket.assignee()).isNull();
        EscalationView handedBack = escalations.findByTicket(reference).orElseThrow();
        assertThat(handedBack.returned()).isTrue();
        assertThat(figures.countOpenByQueue().getOrDefault(queue, 0L)).isEqualTo(before - 1);
        assertThat(mine("expert")).doesNotContain(reference);

        tickets.escalate(
                reference,
                version(reference),
                new EscalationRequest(null, EscalationPriority.HIGH, "Still unclear after all."),
                "agent");
        EscalationView again = escalations.findByTicket(reference).orElseThrow();
        assertThat(again.returned()).isFalse();
        assertThat(again.deadline())
                .as("counted from the receipt, not from the new escalation")
                .isEqualTo(deadline);
        assertThat(again.priority()).isEqualTo(EscalationPriority.HIGH);
        assertThat(figures.countOpenByQueue().get(queue)).isEqualTo(before);
    }

    @Test
    void aNewGuaranteeOfAQueueMovesItsOpenDeadlines() {
        QueueSummary queue = queue("SOCIOCULTURAL");
        // Monday 15 June 2026, 09:00: two working days end Tuesday 17:00, three Wednesday 17:00.
        String reference = escalated("SOCIOCULTURAL", Instant.parse("2026-06-15T07:00:00Z"));
        try {
            queueAdmin.changeQueue(queue.id(), queue.version(), change(queue, 3, Set.of("expert")));
            assertThat(escalations.findByTicket(reference).orElseThrow().deadline())
                    .isEqualTo(Instant.parse("2026-06-17T15:00:00Z"));
            assertThat(queue("SOCIOCULTURAL").members()).containsExactly("expert");

            QueueSummary changed = queue("SOCIOCULTURAL");
            assertThatThrownBy(() -> queueAdmin.changeQueue(
                            changed.id(), changed.version(), change(changed, 3, Set.of("agent"))))
                    .isInstanceOf(InvalidEscalationException.class);
            assertThatThrownBy(() ->
                            queueAdmin.changeQueue(changed.id(), changed.version(), change(changed, 31, Set.of())))
                    .isInstanceOf(InvalidEscalationException.class);
            assertThatThrownBy(() ->
                            queueAdmin.changeQueue(changed.id(), changed.version() - 1, change(changed, 2, Set.of())))
                    .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        } finally {
            QueueSummary now = queue("SOCIOCULTURAL");
            queueAdmin.changeQueue(now.id(), now.version(), change(queue, 2, queue.members()));
        }
        assertThat(escalations.findByTicket(reference).orElseThrow().deadline())
                .isEqualTo(Instant.parse("2026-06-16T15:00:00Z"));
    }

    @Test
    void newOpeningHoursAreReappliedAndAWeekWithoutHoursIsRefused() {
        // Monday 15 June 2026, 09:00 Brussels: 16 working hours end Tuesday 17:00 on 09:00–17:00.
        String reference = escalated("SOCIAL_ECONOMY", Instant.parse("2026-06-15T07:00:00Z"));
        Map<DayOfWeek, List<OpeningInterval>> standard = businessCalendar.openingHours();
        try {
            // 08:00–16:00: from Monday 09:00, 7 h on Monday, 8 h on Tuesday, the last hour on Wednesday morning.
            Map<DayOfWeek, List<OpeningInterval>> early = new EnumMap<>(DayOfWeek.class);
            for (DayOfWeek day : List.of(
                    DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)) {
                early.put(day, List.of(new OpeningInterval(LocalTime.of(8, 0), LocalTime.of(16, 0))));
            }
            early.put(DayOfWeek.SATURDAY, List.of(new OpeningInterval(LocalTime.of(9, 0), LocalTime.of(12, 0))));
            assertThat(businessCalendar.changeOpeningHours(early)).isPositive();
            assertThat(businessCalendar.openingHours().get(DayOfWeek.SATURDAY)).hasSize(1);
            assertThat(escalations.findByTicket(reference).orElseThrow().deadline())
                    .isEqualTo(Instant.parse("2026-06-17T07:00:00Z"));

            assertThatThrownBy(() -> businessCalendar.changeOpeningHours(Map.of()))
                    .isInstanceOf(InvalidCalendarException.class);
            assertThat(businessCalendar.openingHours().get(DayOfWeek.SATURDAY)).hasSize(1);
        } finally {
            businessCalendar.changeOpeningHours(standard);
        }
        assertThat(businessCalendar.openingHours()).isEqualTo(standard);
    }

    private QueueChange change(QueueSummary queue, int days, Set<String> members) {
        return new QueueChange(
                queue.nameNl(),
                queue.nameFr(),
                queue.nameDe(),
                queue.nameEn(),
                days,
                true,
                queue.leadUsername(),
                members);
    }

    private List<String> mine(String username) {
        return escalations.findAssigned(username, null, 500).items().stream()
                .map(EscalationView::ticketReference)
                .toList();
    }

    private String escalated(String domain) {
        return escalated(domain, null);
    }

    private String escalated(String domain, Instant receivedAt) {
        String reference = open(domain, receivedAt);
        tickets.escalate(reference, version(reference), EscalationRequest.toDomainQueue(), "agent");
        return reference;
    }

    private String open(Instant receivedAt) {
        return open("RMI", receivedAt);
    }

    private String open(String domain, Instant receivedAt) {
        return tickets.open(
                new OpenTicket(
                        Channel.EMAIL,
                        TicketType.QUESTION,
                        domain,
                        ContentLanguage.NL,
                        null,
                        null,
                        "",
                        "Vraag voor de backoffice",
                        receivedAt,
                        null,
                        OpenTicket.Outcome.OPEN,
                        null),
                "agent");
    }

    private int version(String reference) {
        return tickets.get(reference, "test").version();
    }

    private QueueSummary queue(String code) {
        return queueAdmin.findQueues().stream()
                .filter(q -> q.code().equals(code))
                .findFirst()
                .orElseThrow();
    }

    private long queueId(String code) {
        return queue(code).id();
    }
}

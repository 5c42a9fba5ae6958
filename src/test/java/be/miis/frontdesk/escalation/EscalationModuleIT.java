package be.miis.frontdesk.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import be.miis.frontdesk.identity.Role;
import be.miis.frontdesk.test.FrontdeskModuleTest;
import be.miis.frontdesk.test.TestUsers;
import be.miis.frontdesk.ticket.Channel;
import be.miis.frontdesk.ticket.TicketAnswered;
import be.miis.frontdesk.ticket.TicketEscalated;
import be.miis.frontdesk.ticket.TicketService;
import be.miis.frontdesk.ticket.TicketType;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.Scenario;

/**
 * The escalation module with the modules it depends on (docs/architecture.md, "The escalation hand-off" and
 * "Events"): a ticket escalated at first contact is filed through the hand-off port in its own transaction, and the
 * ticket's answer, announced as an event, meets the guarantee.
 */
@FrontdeskModuleTest
class EscalationModuleIT {

    @Autowired
    TicketService tickets;

    @Autowired
    EscalationService escalations;

    @Autowired
    QueueAdministration queueAdmin;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anEscalatedTicketIsFiledAndItsAnswerMeetsTheGuarantee(Scenario scenario) {
        TestUsers.ensure(jdbc, "agent", Role.AGENT);
        TestUsers.ensure(jdbc, "expert", Role.EXPERT);
        long complaints = queueAdmin.findQueues().stream()
                .filter(q -> q.code().equals("COMPLAINTS"))
                .findFirst()
                .orElseThrow()
                .id();

        AtomicReference<String> reference = new AtomicReference<>();

        scenario.stimulate(() -> tickets.open(EscalationMother.escalated("RMI", TicketType.COMPLAINT, null), "agent"))
                .andWaitForEventOfType(TicketEscalated.class)
                .toArriveAndVerify((event, opened) -> {
                    assertThat(event.reference()).isEqualTo(opened);
                    assertThat(event.queueId()).isEqualTo(complaints);
                    assertThat(escalations.findByTicket(opened).orElseThrow().queueId())
                            .isEqualTo(complaints);
                    reference.set(opened);
                });
        String opened = reference.get();

        scenario.stimulate(() -> tickets.answer(
                        opened,
                        tickets.get(opened, "expert").version(),
                        "Gedocumenteerd antwoord",
                        Channel.EMAIL,
                        "expert"))
                .andWaitForStateChange(
                        () -> escalations.findByTicket(opened).orElseThrow().state(), state -> state == SlaState.MET)
                .andVerifyEvents(events -> assertThat(events.ofType(TicketAnswered.class)
                                .matching(answered -> answered.reference().equals(opened) && answered.escalated()))
                        .hasSize(1));
    }
}

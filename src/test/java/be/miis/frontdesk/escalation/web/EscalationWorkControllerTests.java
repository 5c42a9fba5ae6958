package be.miis.frontdesk.escalation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import be.miis.frontdesk.escalation.EscalationService;
import be.miis.frontdesk.escalation.QueueAdministration;
import be.miis.frontdesk.escalation.QueueSummary;
import be.miis.frontdesk.identity.IdentityService;
import be.miis.frontdesk.identity.Role;
import be.miis.frontdesk.identity.UserAccountMother;
import be.miis.frontdesk.identity.WebSliceSecurityConfiguration;
import be.miis.frontdesk.shared.web.DisplayFormat;
import be.miis.frontdesk.ticket.EscalationPriority;
import be.miis.frontdesk.ticket.EscalationRequest;
import be.miis.frontdesk.ticket.InvalidTicketException;
import be.miis.frontdesk.ticket.TicketService;
import be.miis.frontdesk.ticket.TicketType;
import be.miis.frontdesk.ticket.TicketViewMother;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The escalate form: its errors come back beside their field and above the form, and nothing is escalated. */
@WebMvcTest(EscalationWorkController.class)
@Import({WebSliceSecurityConfiguration.class, DisplayFormat.class})
class EscalationWorkControllerTests {

    static final String REFERENCE = "CMI-2026-000007";

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    TicketService tickets;

    @MockitoBean
    EscalationService escalation;

    @MockitoBean
    QueueAdministration queueAdmin;

    @MockitoBean
    IdentityService identity;

    @BeforeEach
    void ticketAndQueue() {
        QueueSummary queue = new QueueSummary(
                12L, "RMI", "Leefloon", "RIS", "EE", "Income", "RMI", 2, true, null, new TreeSet<>(), 0);
        given(queueAdmin.findQueues()).willReturn(List.of(queue));
        given(queueAdmin.suggestQueue("RMI", TicketType.QUESTION)).willReturn(Optional.of(queue));
        given(tickets.get(REFERENCE, "agent")).willReturn(TicketViewMother.newQuestion(REFERENCE));
    }

    @Test
    void theFormOffersTheDomainsQueueAtTheTicketsVersion() {
        assertThat(mvc.get()
                        .uri("/frontdesk/tickets/" + REFERENCE + "/escalate")
                        .with(agent()))
                .hasStatusOk()
                .hasViewName("escalation/escalate")
                .model()
                .hasEntrySatisfying("form", form -> {
                    assertThat(((EscalateForm) form).getQueueId()).isEqualTo(12L);
                    assertThat(((EscalateForm) form).getVersion()).isEqualTo(3);
                });
    }

    @Test
    void aBlankNoteComesBackBesideTheNoteAndNothingIsEscalated() {
        assertThat(escalate("3", "12", "NORMAL", " "))
                .hasStatus(400)
                .bodyText()
                .contains("id=\"note-error\"", "Schrijf een overdrachtsnotitie", "id=\"escalate-errors\"")
                .doesNotContain("id=\"queueId-error\"");
        verify(tickets, never()).escalate(anyString(), anyInt(), any(), anyString());
    }

    @Test
    void aQueueTheEscalationModuleRefusesComesBackBesideTheQueueWithTheNoteKept() {
        willThrow(new InvalidTicketException("queueId", "escalation.queue.unknown"))
                .given(tickets)
                .escalate(
                        REFERENCE,
                        3,
                        new EscalationRequest(12L, EscalationPriority.HIGH, "Omzendbrief nagekeken"),
                        "agent");

        assertThat(escalate("3", "12", "HIGH", "Omzendbrief nagekeken"))
                .hasStatus(400)
                .bodyText()
                .contains("id=\"queueId-error\"", "Kies een open wachtrij.", "Omzendbrief nagekeken")
                .doesNotContain("id=\"note-error\"");
    }

    @Test
    void anOutdatedPageIsRefusedAboveTheFormWithTheNoteKept() {
        willThrow(new ObjectOptimisticLockingFailureException("Ticket", REFERENCE))
                .given(tickets)
                .escalate(anyString(), anyInt(), any(), anyString());

        assertThat(escalate("2", "12", "NORMAL", "Omzendbrief nagekeken"))
                .hasStatus(409)
                .bodyText()
                .contains("id=\"escalate-errors\"", "Iemand anders heeft dit ticket intussen gewijzigd")
                .doesNotContain("id=\"note-error\"", "id=\"queueId-error\"");
    }

    @Test
    void aQueueThatIsNotANumberIsAnErrorOnThePageNotAFailure() {
        assertThat(escalate("3", "abc", "NORMAL", "Omzendbrief nagekeken"))
                .hasStatus(400)
                .bodyText()
                .contains("id=\"queueId-error\"");
        verify(tickets, never()).escalate(anyString(), anyInt(), any(), anyString());
    }

    @Test
    void anAcceptedEscalationGoesBackToTheTicket() {
        assertThat(escalate("3", "12", "NORMAL", "Omzendbrief nagekeken"))
                .hasRedirectedUrl("/frontdesk/tickets/" + REFERENCE);
        verify(tickets)
                .escalate(
                        REFERENCE,
                        3,
                        new EscalationRequest(12L, EscalationPriority.NORMAL, "Omzendbrief nagekeken"),
                        "agent");
    }

    private MockMvcTester.MockMvcRequestBuilder escalate(String version, String queueId, String priority, String note) {
        return mvc.post()
                .uri("/frontdesk/tickets/" + REFERENCE + "/escalate")
                .with(agent())
                .with(csrf())
                .param("version", version)
                .param("queueId", queueId)
                .param("priority", priority)
                .param("note", note);
    }

    private static RequestPostProcessor agent() {
        return user(UserAccountMother.principal(1, "agent", Role.AGENT));
    }
}

package be.miis.frontdesk.ticket.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import be.miis.frontdesk.identity.IdentityService;
import be.miis.frontdesk.identity.Role;
import be.miis.frontdesk.identity.UserAccountMother;
import be.miis.frontdesk.identity.WebSliceSecurityConfiguration;
import be.miis.frontdesk.organisation.ContactView;
import be.miis.frontdesk.organisation.EmailFailure;
import be.miis.frontdesk.shared.ContentLanguage;
import be.miis.frontdesk.shared.DomainCatalogue;
import be.miis.frontdesk.shared.DomainView;
import be.miis.frontdesk.shared.web.DisplayFormat;
import be.miis.frontdesk.shared.web.Flash;
import be.miis.frontdesk.ticket.Channel;
import be.miis.frontdesk.ticket.IllegalTransitionException;
import be.miis.frontdesk.ticket.InvalidTicketException;
import be.miis.frontdesk.ticket.MailDeliveries;
import be.miis.frontdesk.ticket.TicketService;
import be.miis.frontdesk.ticket.TicketStatus;
import be.miis.frontdesk.ticket.TicketViewMother;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@WebMvcTest(TicketController.class)
@Import({WebSliceSecurityConfiguration.class, DisplayFormat.class})
class TicketControllerTests {

    static final String REFERENCE = "CMI-2026-000007";

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    TicketService tickets;

    @MockitoBean
    DomainCatalogue domains;

    @MockitoBean
    IdentityService identity;

    @BeforeEach
    void ticket() {
        given(domains.findAll())
                .willReturn(List.of(new DomainView("RMI", "Leefloon", "RIS", "EE", "Income", 10, true)));
        given(tickets.get(REFERENCE, "agent")).willReturn(TicketViewMother.newQuestion(REFERENCE));
    }

    @Test
    void showsTheTicketWithFormsAtItsCurrentVersion() {
        assertThat(mvc.get().uri("/frontdesk/tickets/" + REFERENCE).with(agent()))
                .hasStatusOk()
                .hasViewName("ticket/show")
                .model()
                .hasEntrySatisfying("answerForm", form -> assertThat(((TicketTextForm) form).getVersion())
                        .isEqualTo(3));
    }

    @Test
    void anAnswerByMailShowsWhetherItsMailWentOut() {
        given(tickets.get(REFERENCE, "agent"))
                .willReturn(TicketViewMother.newQuestion(
                        REFERENCE,
                        List.of(
                                TicketViewMother.answerByMail("Eerste antwoord", MailDeliveries.MailDelivery.SENT),
                                TicketViewMother.answerByMail("Tweede antwoord", MailDeliveries.MailDelivery.FAILED),
                                TicketViewMother.answerByMail("Derde antwoord", MailDeliveries.MailDelivery.BOUNCED))));

        assertThat(mvc.get().uri("/frontdesk/tickets/" + REFERENCE).with(agent()))
                .hasStatusOk()
                .bodyText()
                .contains("Per mail verstuurd", "Mail niet verstuurd", "Mail niet afgeleverd", "text-bg-danger")
                .doesNotContain("Mail nog niet verstuurd");
    }

    @Test
    void theContactsAddressShowsThatMailToItBounces() {
        given(tickets.get(REFERENCE, "agent"))
                .willReturn(TicketViewMother.from(
                        TicketViewMother.newQuestion(REFERENCE),
                        new ContactView(
                                8,
                                4,
                                "Sofie",
                                "Maes",
                                null,
                                null,
                                null,
                                "sofie.maes@ocmw-gent.be",
                                ContentLanguage.NL,
                                true,
                                0,
                                new EmailFailure(
                                        Instant.parse("2026-11-30T09:12:00Z"),
                                        Instant.parse("2026-11-30T09:12:00Z"),
                                        "5.1.1",
                                        null))));

        assertThat(mvc.get().uri("/frontdesk/tickets/" + REFERENCE).with(agent()))
                .hasStatusOk()
                .bodyText()
                .contains(
                        "sofie.maes@ocmw-gent.be",
                        "Mail naar dit adres komt terug sinds 30/11/2026",
                        "Statuscode van de mailserver: 5.1.1");
    }

    @Test
    void anAnswerIsSavedWithTheVersionItWasWrittenAgainst() {
        assertThat(mvc.post()
                        .uri("/frontdesk/tickets/" + REFERENCE + "/answers")
                        .with(agent())
                        .with(csrf())
                        .param("version", "3")
                        .param("text", "Zo zit het.")
                        .param("channel", "EMAIL"))
                .hasRedirectedUrl("/frontdesk/tickets/" + REFERENCE);
        verify(tickets).answer(REFERENCE, 3, "Zo zit het.", Channel.EMAIL, null, "agent");
    }

    @Test
    void anAnswerInsertedFromTheFaqGoesWithTheVersionItCites() {
        assertThat(mvc.post()
                        .uri("/frontdesk/tickets/" + REFERENCE + "/answers")
                        .with(agent())
                        .with(csrf())
                        .param("version", "3")
                        .param("text", "Het leefloon hangt af van de categorie.")
                        .param("channel", "EMAIL")
                        .param("faqVersionId", "41"))
                .hasRedirectedUrl("/frontdesk/tickets/" + REFERENCE);
        verify(tickets).answer(REFERENCE, 3, "Het leefloon hangt af van de categorie.", Channel.EMAIL, 41L, "agent");
    }

    @Test
    void anUnknownFaqVersionComesBackAsAnErrorWithTheTextKept() {
        willThrow(new InvalidTicketException("faqVersionId", "ticket.faq.unknownVersion"))
                .given(tickets)
                .answer(REFERENCE, 3, "Mijn antwoord", Channel.PHONE, 99L, "agent");

        assertThat(mvc.post()
                        .uri("/frontdesk/tickets/" + REFERENCE + "/answers")
                        .with(agent())
                        .with(csrf())
                        .param("version", "3")
                        .param("text", "Mijn antwoord")
                        .param("channel", "PHONE")
                        .param("faqVersionId", "99"))
                .hasStatus(400)
                .bodyText()
                .contains("Mijn antwoord", "Het aangehaalde FAQ-antwoord bestaat niet (meer)");
    }

    @Test
    void aProposalLeadsToTheDraftOrBackWithTheReason() {
        given(tickets.proposeAsFaq(REFERENCE, "agent")).willReturn(57L);
        assertThat(mvc.post()
                        .uri("/frontdesk/tickets/" + REFERENCE + "/faq-proposal")
                        .with(agent())
                        .with(csrf()))
                .hasRedirectedUrl("/knowledge/articles/57/edit");

        willThrow(new InvalidTicketException("faq", "ticket.faq.noAnswer"))
                .given(tickets)
                .proposeAsFaq(REFERENCE, "expert");
        assertThat(mvc.post()
                        .uri("/frontdesk/tickets/" + REFERENCE + "/faq-proposal")
                        .with(user(UserAccountMother.principal(2, "expert", Role.EXPERT)))
                        .with(csrf()))
                .hasRedirectedUrl("/frontdesk/tickets/" + REFERENCE)
                .flash()
                .containsKey(Flash.ATTRIBUTE);
    }

    @Test
    void anEmptyAnswerComesBackWithItsErrorAndNothingIsSaved() {
        assertThat(mvc.post()
                        .uri("/frontdesk/tickets/" + REFERENCE + "/answers")
                        .with(agent())
                        .with(csrf())
                        .param("version", "3")
                        .param("text", " ")
                        .param("channel", "PHONE"))
                .hasStatus(400)
                .model()
                .extractingBindingResult("answerForm")
                .hasFieldErrors("text");
        verify(tickets, never()).answer(anyString(), anyInt(), anyString(), eq(Channel.PHONE), any(), anyString());
    }

    @Test
    void anOutdatedAnswerIsRefusedWithTheConflictAndTheTypedTextKept() {
        willThrow(new ObjectOptimisticLockingFailureException("Ticket", REFERENCE))
                .given(tickets)
                .answer(REFERENCE, 2, "Mijn antwoord", Channel.PHONE, null, "agent");

        assertThat(mvc.post()
                        .uri("/frontdesk/tickets/" + REFERENCE + "/answers")
                        .with(agent())
                        .with(csrf())
                        .param("version", "2")
                        .param("text", "Mijn antwoord")
                        .param("channel", "PHONE"))
                .hasStatus(409)
                .bodyText()
                .contains("Mijn antwoord", "Iemand anders heeft dit ticket intussen gewijzigd");
    }

    @Test
    void aNoteAndACustomerMessageGoToTheirOwnCommands() {
        mvc.post()
                .uri("/frontdesk/tickets/" + REFERENCE + "/notes")
                .with(agent())
                .with(csrf())
                .param("version", "3")
                .param("text", "Intern")
                .exchange();
        mvc.post()
                .uri("/frontdesk/tickets/" + REFERENCE + "/replies")
                .with(agent())
                .with(csrf())
                .param("version", "3")
                .param("text", "Aanvulling")
                .param("channel", "LETTER")
                .exchange();

        verify(tickets).addNote(REFERENCE, "Intern", "agent");
        verify(tickets).receiveReply(REFERENCE, "Aanvulling", Channel.LETTER, "agent");
    }

    @Test
    void waitingSaysWhatWasAskedAndResumingWhatWasReceived() {
        assertThat(mvc.post()
                        .uri("/frontdesk/tickets/" + REFERENCE + "/wait")
                        .with(agent())
                        .with(csrf())
                        .param("version", "3")
                        .param("text", " "))
                .hasStatus(400)
                .model()
                .extractingBindingResult("waitForm")
                .hasFieldErrors("text");
        verify(tickets, never()).waitForCustomer(anyString(), anyInt(), anyString(), anyString());

        assertThat(mvc.post()
                        .uri("/frontdesk/tickets/" + REFERENCE + "/wait")
                        .with(agent())
                        .with(csrf())
                        .param("version", "3")
                        .param("text", "Stuur het huurcontract."))
                .hasStatus3xxRedirection();
        assertThat(mvc.post()
                        .uri("/frontdesk/tickets/" + REFERENCE + "/resume")
                        .with(agent())
                        .with(csrf())
                        .param("version", "4")
                        .param("text", "Huurcontract ontvangen.")
                        .param("channel", "LETTER"))
                .hasStatus3xxRedirection();

        verify(tickets).waitForCustomer(REFERENCE, 3, "Stuur het huurcontract.", "agent");
        verify(tickets).resume(REFERENCE, 4, "Huurcontract ontvangen.", Channel.LETTER, "agent");
    }

    @Test
    void aStatusActionThatTheLifecycleRefusesIsExplainedAfterTheRedirect() {
        willThrow(new IllegalTransitionException(TicketStatus.NEW, TicketStatus.CLOSED))
                .given(tickets)
                .close(REFERENCE, 3, "agent");

        assertThat(mvc.post()
                        .uri("/frontdesk/tickets/" + REFERENCE + "/close")
                        .with(agent())
                        .with(csrf())
                        .param("version", "3"))
                .hasRedirectedUrl("/frontdesk/tickets/" + REFERENCE)
                .flash()
                .containsKey("flash");
    }

    @Test
    void aManagerCannotOpenTickets() {
        assertThat(mvc.get()
                        .uri("/frontdesk/tickets/" + REFERENCE)
                        .with(user(UserAccountMother.principal(3, "manager", Role.MANAGER))))
                .hasStatus(403);
    }

    private static RequestPostProcessor agent() {
        return user(UserAccountMother.principal(1, "agent", Role.AGENT));
    }
}

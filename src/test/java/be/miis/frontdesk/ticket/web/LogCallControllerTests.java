package be.miis.frontdesk.ticket.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import be.miis.frontdesk.identity.IdentityService;
import be.miis.frontdesk.identity.Role;
import be.miis.frontdesk.identity.UserAccountMother;
import be.miis.frontdesk.identity.WebSliceSecurityConfiguration;
import be.miis.frontdesk.organisation.CallerMatch;
import be.miis.frontdesk.organisation.ContactView;
import be.miis.frontdesk.organisation.OrganisationService;
import be.miis.frontdesk.organisation.OrganisationSummary;
import be.miis.frontdesk.organisation.Region;
import be.miis.frontdesk.shared.ContentLanguage;
import be.miis.frontdesk.shared.DomainCatalogue;
import be.miis.frontdesk.shared.DomainView;
import be.miis.frontdesk.shared.PagedResult;
import be.miis.frontdesk.ticket.Channel;
import be.miis.frontdesk.ticket.OpenTicket;
import be.miis.frontdesk.ticket.TicketService;
import be.miis.frontdesk.ticket.TicketType;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@WebMvcTest(LogCallController.class)
@Import(WebSliceSecurityConfiguration.class)
class LogCallControllerTests {

    static final OrganisationSummary GENT = new OrganisationSummary(
            4,
            "44021",
            "OCMW Gent",
            "CPAS de Gand",
            null,
            List.of("9000"),
            Region.FLANDERS,
            List.of(ContentLanguage.NL),
            true);
    static final ContactView SOFIE = new ContactView(
            8,
            4,
            "Sofie",
            "Maes",
            "maatschappelijk werker",
            "09 266 99 20",
            null,
            "sofie.maes@ocmw-gent.be",
            ContentLanguage.NL,
            true,
            0,
            null);

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    TicketService tickets;

    @MockitoBean
    OrganisationService organisations;

    @MockitoBean
    DomainCatalogue domains;

    @MockitoBean
    IdentityService identity;

    @BeforeEach
    void domains() {
        given(domains.findAll())
                .willReturn(
                        List.of(new DomainView("RMI", "Leefloon", "Revenu d'intégration", "EE", "Income", 10, true)));
    }

    @Test
    void anAgentGetsTheQuickLogInTheirLanguage() {
        assertThat(mvc.get().uri("/frontdesk").with(agent()).header("Accept-Language", "fr"))
                .hasStatusOk()
                .hasViewName("ticket/log-call")
                .model()
                .hasEntrySatisfying("form", form -> assertThat(((LogCallForm) form).getLanguage())
                        .isEqualTo(ContentLanguage.FR));
    }

    @Test
    void aManagerHasNoQuickLog() {
        assertThat(mvc.get().uri("/frontdesk").with(user(UserAccountMother.principal(3, "manager", Role.MANAGER))))
                .hasStatus(403);
    }

    @Test
    void theCallerLookupAnswersWithTheFragmentOfMatches() {
        given(organisations.lookupCallers("maes", LogCallController.CALLER_MATCHES))
                .willReturn(List.of(new CallerMatch(SOFIE, GENT), new CallerMatch(null, GENT)));

        assertThat(mvc.get()
                        .uri("/frontdesk/callers")
                        .param("callerQuery", " maes ")
                        .header("HX-Request", "true")
                        .with(agent()))
                .hasStatusOk()
                .hasViewName("ticket/log-call :: callers")
                .bodyText()
                .contains("value=\"contact:8\"", "value=\"organisation:4\"", "Sofie Maes", "hx-swap-oob");
    }

    @Test
    void oneLetterLooksNothingUp() {
        assertThat(mvc.get().uri("/frontdesk/callers").param("callerQuery", "m").with(agent()))
                .model()
                .containsEntry("matches", List.of());
        verify(organisations, never()).lookupCallers(anyString(), anyInt());
    }

    @Test
    void anIncompleteCallIsShownAgainWithItsErrorsAndNothingIsSaved() {
        assertThat(mvc.post()
                        .uri("/frontdesk/tickets")
                        .with(agent())
                        .with(csrf())
                        .param("channel", "PHONE")
                        .param("type", "QUESTION")
                        .param("language", "NL")
                        .param("domainCode", "")
                        .param("description", " ")
                        .param("outcome", "ANSWERED"))
                .hasStatusOk()
                .hasViewName("ticket/log-call")
                .model()
                .extractingBindingResult("form")
                .hasFieldErrors("domainCode", "description", "answer");
        verify(tickets, never()).open(any(), any(), anyString());
    }

    @Test
    void aCompleteCallIsLoggedWithTheChosenCallerAndTheAgentGoesBackToAnEmptyForm() {
        given(tickets.open(any(), any(), eq("agent"))).willReturn("CMI-2026-000042");

        assertThat(mvc.post()
                        .uri("/frontdesk/tickets")
                        .with(agent())
                        .with(csrf())
                        .param("channel", "PHONE")
                        .param("type", "QUESTION")
                        .param("language", "NL")
                        .param("caller", "contact:8")
                        .param("domainCode", "RMI")
                        .param("description", "Hoe berekenen we het leefloon?")
                        .param("answer", "Zo.")
                        .param("callDurationSeconds", "95")
                        .param("outcome", "ANSWERED"))
                .hasStatus3xxRedirection()
                .hasRedirectedUrl("/frontdesk")
                .flash()
                .containsEntry("loggedReference", "CMI-2026-000042");

        ArgumentCaptor<OpenTicket> command = ArgumentCaptor.forClass(OpenTicket.class);
        verify(tickets).open(command.capture(), any(), eq("agent"));
        assertThat(command.getValue()).satisfies(c -> {
            assertThat(c.contactId()).isEqualTo(8L);
            assertThat(c.organisationId()).isNull();
            assertThat(c.subject()).as("left to the service").isEmpty();
            assertThat(c.outcome()).isEqualTo(OpenTicket.Outcome.ANSWERED);
            assertThat(c.callDurationSeconds()).isEqualTo(95);
            assertThat(c.channel()).isEqualTo(Channel.PHONE);
            assertThat(c.type()).isEqualTo(TicketType.QUESTION);
        });
    }

    @Test
    void aTamperedCallerIsReportedBesideTheCallerField() {
        assertThat(mvc.post()
                        .uri("/frontdesk/tickets")
                        .with(agent())
                        .with(csrf())
                        .param("channel", "PHONE")
                        .param("type", "QUESTION")
                        .param("language", "NL")
                        .param("caller", "contact:abc")
                        .param("domainCode", "RMI")
                        .param("description", "Vraag"))
                .hasStatusOk()
                .model()
                .extractingBindingResult("form")
                .hasFieldErrors("caller");
        verify(tickets, never()).open(any(), any(), anyString());
    }

    @Test
    void theCardOfTheChosenCallerSuggestsTheirLanguageAndLastDomain() {
        given(organisations.findContact(8)).willReturn(Optional.of(SOFIE));
        given(organisations.findSummary(4)).willReturn(Optional.of(GENT));
        given(tickets.find(any(), eq(null), eq(LogCallController.CALLER_HISTORY), any()))
                .willReturn(new PagedResult<>(List.of(), null));

        assertThat(mvc.get()
                        .uri("/frontdesk/callers/card")
                        .param("caller", "contact:8")
                        .with(agent()))
                .hasStatusOk()
                .bodyText()
                .contains("data-prefill-language=\"NL\"", "Sofie Maes", "OCMW Gent");
    }

    @Test
    void postingWithoutTheCsrfTokenLogsNothing() {
        mvc.post()
                .uri("/frontdesk/tickets")
                .with(agent())
                .with(SecurityMockMvcRequestPostProcessors.csrf().useInvalidToken())
                .param("domainCode", "RMI")
                .param("description", "Vraag")
                .exchange();
        verify(tickets, never()).open(any(), any(), anyString());
    }

    private static RequestPostProcessor agent() {
        return user(UserAccountMother.principal(1, "agent", Role.AGENT));
    }
}

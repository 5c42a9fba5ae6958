package be.miis.frontdesk.knowledge.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
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
import be.miis.frontdesk.knowledge.ArticleDraft;
import be.miis.frontdesk.knowledge.Audience;
import be.miis.frontdesk.knowledge.KnowledgeService;
import be.miis.frontdesk.knowledge.SearchHit;
import be.miis.frontdesk.knowledge.SearchQuery;
import be.miis.frontdesk.shared.ContentLanguage;
import be.miis.frontdesk.shared.DomainCatalogue;
import be.miis.frontdesk.shared.DomainView;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@WebMvcTest(KnowledgeController.class)
@Import(WebSliceSecurityConfiguration.class)
class KnowledgeControllerTests {

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    KnowledgeService knowledge;

    @MockitoBean
    DomainCatalogue domains;

    @MockitoBean
    IdentityService identity;

    @BeforeEach
    void domains() {
        given(domains.findAll())
                .willReturn(List.of(new DomainView(
                        "RMI", "Leefloon", "Revenu d'intégration", "Eingliederung", "Income", 10, true)));
    }

    @Test
    void searchAsYouTypeAnswersWithTheResultsFragmentMarkedAndEscaped() {
        given(knowledge.search(any()))
                .willReturn(List.of(new SearchHit(
                        4,
                        40,
                        2,
                        ContentLanguage.FR,
                        "Quel est le montant du revenu d'intégration ?",
                        "Le <mark>montant</mark> &lt;script&gt;",
                        "RMI",
                        Audience.PUBLIC,
                        true,
                        false)));

        assertThat(mvc.get()
                        .uri("/knowledge")
                        .param("q", "montant")
                        .param("lang", "nl")
                        .header("HX-Request", "true")
                        .with(agent()))
                .hasStatusOk()
                .hasViewName("knowledge/search :: results")
                .bodyText()
                .contains(
                        "href=\"/knowledge/articles/4\"",
                        "<mark>montant</mark> &lt;script&gt;",
                        "Andere taal",
                        "hx-swap-oob")
                .doesNotContain("<script>");
        ArgumentCaptor<SearchQuery> query = ArgumentCaptor.forClass(SearchQuery.class);
        verify(knowledge).search(query.capture());
        assertThat(query.getValue().language()).isEqualTo(ContentLanguage.NL);
    }

    @Test
    void oneLetterSearchesNothing() {
        assertThat(mvc.get().uri("/knowledge").param("q", "m").with(agent()))
                .hasStatusOk()
                .model()
                .containsEntry("results", List.of());
        verify(knowledge, never()).search(any());
    }

    @Test
    void anAgentProposesADraftButCannotPublish() {
        given(knowledge.create(any(), anyString())).willReturn(12L);
        assertThat(mvc.post()
                        .uri("/knowledge/articles")
                        .with(agent())
                        .with(csrf())
                        .param("domainCode", "RMI")
                        .param("audience", "INTERNAL")
                        .param("sourceLanguage", "NL")
                        .param("translations[0].language", "NL")
                        .param("translations[0].question", "Wat is een GPMI?")
                        .param("translations[0].answerHtml", "<p>Een contract.</p>"))
                .hasStatus3xxRedirection()
                .hasRedirectedUrl("/knowledge/articles/12");
        ArgumentCaptor<ArticleDraft> draft = ArgumentCaptor.forClass(ArticleDraft.class);
        verify(knowledge).create(draft.capture(), org.mockito.ArgumentMatchers.eq("agent"));
        assertThat(draft.getValue().translations().get(0).question()).isEqualTo("Wat is een GPMI?");

        assertThat(mvc.post()
                        .uri("/knowledge/articles/12/publish")
                        .with(agent())
                        .with(csrf())
                        .param("version", "1"))
                .hasStatus(403);
        verify(knowledge, never()).publish(anyLong(), anyInt(), anyString());
    }

    @Test
    void aTextMovedToAnotherLanguageIsSavedThereAndTakesTheSourceAlong() {
        // A Dutch answer proposed from a German ticket: the expert moves the German block's text to Dutch.
        assertThat(mvc.post()
                        .uri("/knowledge/articles/12")
                        .with(agent())
                        .with(csrf())
                        .param("version", "3")
                        .param("domainCode", "RMI")
                        .param("audience", "INTERNAL")
                        .param("sourceLanguage", "DE")
                        .param("translations[0].language", "NL")
                        .param("translations[0].question", "")
                        .param("translations[0].answerHtml", "")
                        .param("translations[2].language", "NL")
                        .param("translations[2].question", "Mag een student met leefloon werken?")
                        .param("translations[2].answerHtml", "<p>Ja.</p>"))
                .hasStatus3xxRedirection();
        ArgumentCaptor<ArticleDraft> draft = ArgumentCaptor.forClass(ArticleDraft.class);
        verify(knowledge).update(eq(12L), eq(3), draft.capture(), eq("agent"));
        assertThat(draft.getValue().sourceLanguage()).isEqualTo(ContentLanguage.NL);
        assertThat(draft.getValue().translations()).singleElement().satisfies(t -> {
            assertThat(t.language()).isEqualTo(ContentLanguage.NL);
            assertThat(t.question()).isEqualTo("Mag een student met leefloon werken?");
        });
    }

    @Test
    void aManagerHasNoKnowledgeBaseScreens() {
        assertThat(mvc.get().uri("/knowledge").with(user(UserAccountMother.principal(3, "manager", Role.MANAGER))))
                .hasStatus(403);
    }

    private static RequestPostProcessor agent() {
        return user(UserAccountMother.principal(1, "agent", Role.AGENT));
    }
}

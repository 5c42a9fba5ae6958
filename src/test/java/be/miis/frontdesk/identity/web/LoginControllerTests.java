package be.miis.frontdesk.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import be.miis.frontdesk.identity.IdentityService;
import be.miis.frontdesk.identity.Role;
import be.miis.frontdesk.identity.UserAccountMother;
import be.miis.frontdesk.identity.WebSliceSecurityConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@WebMvcTest(LoginController.class)
@Import(WebSliceSecurityConfiguration.class)
class LoginControllerTests {

    @Autowired
    MockMvcTester mvc;

    /** Needed by the language-preference interceptor of this package. */
    @MockitoBean
    IdentityService identity;

    @Test
    void showsTheLoginFormToAnybody() {
        assertThat(mvc.get().uri("/login"))
                .hasStatusOk()
                .hasViewName("identity/login")
                .model()
                .doesNotContainKeys("badCredentials", "retrySeconds", "retryMinutes");
    }

    @Test
    void theLoginFormIsDutchByDefaultAndFrenchForAFrenchBrowser() {
        assertThat(mvc.get().uri("/login")).bodyText().contains("lang=\"nl\"");
        assertThat(mvc.get().uri("/login").header("Accept-Language", "fr-BE,fr"))
                .bodyText()
                .contains("lang=\"fr\"");
    }

    @Test
    void aFailedLoginShowsTheError() {
        assertThat(mvc.get().uri("/login").param("error", ""))
                .hasStatusOk()
                .model()
                .containsEntry("badCredentials", true)
                .doesNotContainKeys("retrySeconds", "retryMinutes");
    }

    @Test
    void withoutSingleSignOnConfiguredThereIsNoProviderButton() {
        assertThat(mvc.get().uri("/login")).model().doesNotContainKeys("ssoName", "ssoError");
        assertThat(mvc.get().uri("/login")).bodyText().doesNotContain("/oauth2/authorization");
    }

    @Test
    void aRefusedSingleSignOnShowsItsReasonAndNothingElseTypedInTheAddress() {
        assertThat(mvc.get().uri("/login").param("sso", "disabled"))
                .model()
                .containsEntry("ssoError", "login.error.sso.disabled");
        assertThat(mvc.get().uri("/login").param("sso", "disabled"))
                .bodyText()
                .contains("Uw Frontdesk-account is uitgeschakeld");
        assertThat(mvc.get().uri("/login").param("sso", "<script>")).model().doesNotContainKeys("ssoError");
    }

    @Test
    void aShortWaitIsShownInSeconds() {
        assertThat(mvc.get().uri("/login?retry=30"))
                .hasStatusOk()
                .model()
                .containsEntry("retrySeconds", 30)
                .doesNotContainKeys("badCredentials", "retryMinutes");
    }

    @Test
    void aLongWaitIsShownInMinutesRoundedUp() {
        assertThat(mvc.get().uri("/login?retry=841"))
                .model()
                .containsEntry("retryMinutes", 15)
                .doesNotContainKeys("retrySeconds");
    }

    @Test
    void aHandMadeWaitIsIgnored() {
        assertThat(mvc.get().uri("/login?retry=999999")).model().doesNotContainKeys("retrySeconds", "retryMinutes");
        assertThat(mvc.get().uri("/login?retry=<script>")).model().doesNotContainKeys("retrySeconds", "retryMinutes");
    }

    @Test
    void aLoggedInUserIsSentHome() {
        assertThat(mvc.get().uri("/login").with(user(UserAccountMother.principal(1, "exp", Role.EXPERT))))
                .hasStatus3xxRedirection()
                .hasRedirectedUrl("/backoffice");
    }

    @Test
    void theRootLeadsToTheHomeOfTheFirstRole() {
        assertThat(mvc.get().uri("/").with(user(UserAccountMother.principal(1, "m", Role.MANAGER, Role.ADMIN))))
                .hasRedirectedUrl("/manager");
        assertThat(mvc.get().uri("/").with(user(UserAccountMother.principal(2, "a", Role.ADMIN))))
                .hasRedirectedUrl("/admin");
    }

    @Test
    void theRootSendsAnAnonymousVisitorToTheLoginPage() {
        assertThat(mvc.get().uri("/")).hasStatus3xxRedirection().hasRedirectedUrl("/login");
    }
}

package be.miis.frontdesk.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import be.miis.frontdesk.identity.CreateUser;
import be.miis.frontdesk.identity.FrontdeskUser;
import be.miis.frontdesk.identity.IdentityService;
import be.miis.frontdesk.identity.LastAdminException;
import be.miis.frontdesk.identity.Role;
import be.miis.frontdesk.identity.UpdateUser;
import be.miis.frontdesk.identity.UserAccountMother;
import be.miis.frontdesk.identity.UserView;
import be.miis.frontdesk.identity.UsernameTakenException;
import be.miis.frontdesk.identity.WebSliceSecurityConfiguration;
import be.miis.frontdesk.shared.Language;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

@WebMvcTest(AdminUserController.class)
@Import(WebSliceSecurityConfiguration.class)
class AdminUserControllerTests {

    private static final FrontdeskUser ADMIN = UserAccountMother.principal(1, "admin", Role.ADMIN);
    private static final FrontdeskUser AGENT = UserAccountMother.principal(2, "agent", Role.AGENT);

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    IdentityService identity;

    @Test
    void showsAnEmptyFormToAnAdministrator() {
        assertThat(mvc.get().uri("/admin/users/new").with(user(ADMIN)))
                .hasStatusOk()
                .hasViewName("identity/user-form");
    }

    @Test
    void refusesTheUserPagesToAnAgent() {
        assertThat(mvc.get().uri("/admin/users/new").with(user(AGENT))).hasStatus(403);
        assertThat(mvc.post().uri("/admin/users").with(user(AGENT)).with(csrf()).param("username", "x"))
                .hasStatus(403);
        verify(identity, never()).create(any(), anyString());
    }

    @Test
    void sendsAnAnonymousVisitorToTheLoginPage() {
        assertThat(mvc.get().uri("/admin/users/new")).hasStatus3xxRedirection().hasRedirectedUrl("/login");
    }

    @Test
    void refusesAPostWithoutCsrfToken() {
        // Without a token in the session, Spring Security treats the POST as coming from an expired session.
        assertThat(mvc.post().uri("/admin/users").with(user(ADMIN)).params(validForm()))
                .hasStatus3xxRedirection()
                .hasRedirectedUrl("/login?expired");
        assertThat(mvc.post()
                        .uri("/admin/users")
                        .with(user(ADMIN))
                        .with(csrf().useInvalidToken())
                        .params(validForm()))
                .hasStatus(403);
        verify(identity, never()).create(any(), anyString());
    }

    @Test
    void anInvalidFormComesBackWithDutchMessagesAndNothingIsSaved() {
        assertThat(mvc.post()
                        .uri("/admin/users")
                        .with(user(ADMIN))
                        .with(csrf())
                        .header("Accept-Language", "nl-BE")
                        .param("username", "")
                        .param("displayName", "")
                        .param("language", "NL")
                        .param("password", "short"))
                .hasStatusOk()
                .hasViewName("identity/user-form")
                .model()
                .extractingBindingResult("form")
                .hasFieldErrors("username", "displayName", "roles", "password");
        assertThat(mvc.post()
                        .uri("/admin/users")
                        .with(user(ADMIN))
                        .with(csrf())
                        .header("Accept-Language", "nl-BE")
                        .param("username", "")
                        .param("displayName", "")
                        .param("language", "NL")
                        .param("password", "short"))
                .bodyText()
                .contains("Vul een gebruikersnaam in.")
                .contains("Kies minstens een rol.")
                .contains("Een wachtwoord heeft minstens 12 tekens.");
        verify(identity, never()).create(any(), anyString());
    }

    @Test
    void anInvalidFormComesBackWithFrenchMessagesForAFrenchBrowser() {
        assertThat(mvc.post()
                        .uri("/admin/users")
                        .with(user(ADMIN))
                        .with(csrf())
                        .header("Accept-Language", "fr-BE")
                        .param("username", "no spaces allowed")
                        .param("displayName", "Marie")
                        .param("language", "FR")
                        .param("password", "short"))
                .hasStatusOk()
                .hasViewName("identity/user-form")
                .bodyText()
                .contains("Choisissez au moins un rôle.")
                .contains("Un mot de passe compte au moins 12 caractères.")
                .doesNotContain("Kies minstens een rol.");
        verify(identity, never()).create(any(), anyString());
    }

    @Test
    void aTooLongPasswordIsRefused() {
        assertThat(mvc.post()
                        .uri("/admin/users")
                        .with(user(ADMIN))
                        .with(csrf())
                        .params(validForm())
                        .param("password", "x".repeat(73)))
                .hasStatusOk()
                .model()
                .extractingBindingResult("form")
                .hasFieldErrorCode("password", "identity.password.tooLong");
        verify(identity, never()).create(any(), anyString());
    }

    @Test
    void aValidFormCreatesTheUserAndRedirectsToTheList() {
        given(identity.create(any(), eq("admin"))).willReturn(view(10L, "marie.dubois", Role.AGENT));

        assertThat(mvc.post().uri("/admin/users").with(user(ADMIN)).with(csrf()).params(validForm()))
                .hasStatus3xxRedirection()
                .hasRedirectedUrl("/admin/users");

        ArgumentCaptor<CreateUser> command = ArgumentCaptor.forClass(CreateUser.class);
        verify(identity).create(command.capture(), eq("admin"));
        assertThat(command.getValue().username()).isEqualTo("marie.dubois");
        assertThat(command.getValue().roles()).containsExactlyInAnyOrder(Role.AGENT, Role.EXPERT);
        assertThat(command.getValue().language()).isEqualTo(Language.FR);
        assertThat(command.getValue().password()).isEqualTo("a long enough password");
    }

    @Test
    void aTakenUsernameIsShownBesideTheField() {
        given(identity.create(any(), anyString())).willThrow(new UsernameTakenException("marie.dubois"));

        assertThat(mvc.post()
                        .uri("/admin/users")
                        .with(user(ADMIN))
                        .with(csrf())
                        .header("Accept-Language", "nl")
                        .params(validForm()))
                .hasStatusOk()
                .hasViewName("identity/user-form")
                .bodyText()
                .contains("Deze gebruikersnaam bestaat al.");
    }

    @Test
    void removingTheLastAdministratorIsRefusedOnTheRolesField() {
        given(identity.get(5L)).willReturn(view(5L, "boss", Role.ADMIN));
        willThrow(new LastAdminException()).given(identity).update(eq(5L), any(UpdateUser.class), anyString());

        assertThat(mvc.post()
                        .uri("/admin/users/5")
                        .with(user(ADMIN))
                        .with(csrf())
                        .params(validForm())
                        .param("version", "3"))
                .hasStatusOk()
                .hasViewName("identity/user-form")
                .model()
                .extractingBindingResult("form")
                .hasFieldErrorCode("roles", "identity.user.lastAdmin");
    }

    @Test
    void aConcurrentEditAnswersConflictAndKeepsTheForm() {
        given(identity.get(5L)).willReturn(view(5L, "boss", Role.ADMIN));
        willThrow(new ObjectOptimisticLockingFailureException(Object.class, 5L))
                .given(identity)
                .update(eq(5L), any(UpdateUser.class), anyString());

        assertThat(mvc.post()
                        .uri("/admin/users/5")
                        .with(user(ADMIN))
                        .with(csrf())
                        .header("Accept-Language", "nl")
                        .params(validForm()))
                .hasStatus(409)
                .hasViewName("identity/user-form")
                .bodyText()
                .contains("Iemand anders heeft dit intussen gewijzigd.");
    }

    @Test
    void anUpdateKeepsTheUsernameAndPassesTheVersion() {
        given(identity.get(5L)).willReturn(view(5L, "boss", Role.ADMIN));

        assertThat(mvc.post()
                        .uri("/admin/users/5")
                        .with(user(ADMIN))
                        .with(csrf())
                        .params(validForm("renamed"))
                        .param("version", "7"))
                .hasStatus3xxRedirection()
                .hasRedirectedUrl("/admin/users");

        ArgumentCaptor<UpdateUser> command = ArgumentCaptor.forClass(UpdateUser.class);
        verify(identity).update(eq(5L), command.capture(), eq("admin"));
        assertThat(command.getValue().version()).isEqualTo(7);
        assertThat(command.getValue().roles()).containsExactlyInAnyOrder(Role.AGENT, Role.EXPERT);
    }

    private static MultiValueMap<String, String> validForm() {
        return validForm("marie.dubois");
    }

    private static MultiValueMap<String, String> validForm(String username) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("username", username);
        form.add("displayName", "Marie Dubois");
        form.add("email", "marie@ocmw.be");
        form.add("language", "FR");
        form.add("roles", "AGENT");
        form.add("roles", "EXPERT");
        form.add("password", "a long enough password");
        return form;
    }

    private static UserView view(Long id, String username, Role... roles) {
        Instant at = Instant.parse("2026-03-02T08:00:00Z");
        return new UserView(id, username, "User " + username, null, Language.NL, Set.of(roles), true, at, at, 3);
    }
}

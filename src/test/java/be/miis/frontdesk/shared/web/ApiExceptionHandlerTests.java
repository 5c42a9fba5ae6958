package be.miis.frontdesk.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import be.miis.frontdesk.identity.IdentityService;
import be.miis.frontdesk.identity.Role;
import be.miis.frontdesk.identity.UserAccountMother;
import be.miis.frontdesk.identity.UserNotFoundException;
import be.miis.frontdesk.identity.WebSliceSecurityConfiguration;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The API's problem documents. The application has no API that takes a body yet, so a probe controller
 * stands in for the first one; it validates with the same message keys as the real forms.
 */
@WebMvcTest(ApiExceptionHandlerTests.ProbeController.class)
@Import({ApiExceptionHandlerTests.ProbeController.class, WebSliceSecurityConfiguration.class})
class ApiExceptionHandlerTests {

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    IdentityService identity;

    @Test
    void aValidationErrorListsEachFieldInDutch() {
        assertThat(post("{\"username\":\"\",\"displayName\":\"" + "x".repeat(121) + "\"}", "nl-BE"))
                .hasStatus(400)
                .hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson()
                .satisfies(json -> {
                    assertThat(json).extractingPath("$.status").asNumber().isEqualTo(400);
                    assertThat(json).extractingPath("$.title").isEqualTo("Ongeldige aanvraag");
                    assertThat(json).extractingPath("$.detail").isEqualTo("De aanvraag bevat ongeldige velden.");
                    assertThat(json)
                            .extractingPath("$.errors[?(@.field == 'username')].message")
                            .asArray()
                            .containsExactly("Vul een gebruikersnaam in.");
                    assertThat(json)
                            .extractingPath("$.errors[?(@.field == 'displayName')].message")
                            .asArray()
                            .containsExactly("Een naam heeft hoogstens 120 tekens.");
                });
        assertThat(ProbeController.accepted).isEmpty();
    }

    @Test
    void aValidationErrorListsEachFieldInFrench() {
        assertThat(post("{\"username\":\"\",\"displayName\":\"Marie\"}", "fr-BE,fr;q=0.9"))
                .hasStatus(400)
                .bodyJson()
                .satisfies(json -> {
                    assertThat(json).extractingPath("$.title").isEqualTo("Requête invalide");
                    assertThat(json).extractingPath("$.errors").asArray().hasSize(1);
                    assertThat(json).extractingPath("$.errors[0].message").isEqualTo("Saisissez un nom d'utilisateur.");
                    assertThat(json).extractingPath("$.errors[0].field").isEqualTo("username");
                });
        assertThat(ProbeController.accepted).isEmpty();
    }

    @Test
    void aValidBodyPasses() {
        ProbeController.accepted.clear();

        assertThat(post("{\"username\":\"marie\",\"displayName\":\"Marie\"}", "nl"))
                .hasStatusOk();

        assertThat(ProbeController.accepted).containsExactly("marie");
        ProbeController.accepted.clear();
    }

    @Test
    void aMissingRecordIsALocalisedNotFoundProblem() {
        assertThat(mvc.get()
                        .uri("/api/v1/probe/7")
                        .with(user(UserAccountMother.principal(1, "agent", Role.AGENT)))
                        .header("Accept-Language", "fr"))
                .hasStatus(404)
                .hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson()
                .extractingPath("$.title")
                .isEqualTo("Introuvable");
    }

    @Test
    void aControlCharacterInAJsonFieldIsRefusedWithTheFieldNamed() {
        assertThat(post("{\"username\":\"ma\\u0000rie\",\"displayName\":\"x\\ud800\"}", "nl"))
                .hasStatus(400)
                .hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson()
                .satisfies(json -> {
                    assertThat(json).extractingPath("$.errors[0].field").isEqualTo("username");
                    assertThat(json)
                            .extractingPath("$.errors[0].message")
                            .isEqualTo(
                                    "Bevat een onzichtbaar stuurteken (zoals NUL) of een half teken; verwijder het.");
                });
        assertThat(ProbeController.accepted).isEmpty();
    }

    @Test
    void aControlCharacterInAParameterIsRefusedBeforeAnyController() {
        assertThat(mvc.get()
                        .uri("/api/v1/probe")
                        .param("size", "1")
                        .param("name", "a\u0000b")
                        .with(user(UserAccountMother.principal(1, "agent", Role.AGENT)))
                        .header("Accept-Language", "fr"))
                .hasStatus(400)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson()
                .satisfies(json -> {
                    assertThat(json).extractingPath("$.title").isEqualTo("Requête invalide");
                    assertThat(json).extractingPath("$.errors[0].field").isEqualTo("name");
                });
    }

    @Test
    void aValueOfTheWrongTypeNamesTheFieldWithoutJavaInternals() {
        assertThat(post("{\"username\":{\"a\":1},\"displayName\":\"Marie\"}", "nl"))
                .hasStatus(400)
                .bodyJson()
                .satisfies(json -> {
                    assertThat(json).extractingPath("$.errors[0].field").isEqualTo("username");
                    assertThat(json)
                            .extractingPath("$.errors[0].message")
                            .isEqualTo("Deze waarde heeft niet de verwachte vorm.");
                });
        assertThat(post("{\"username\":", "fr"))
                .hasStatus(400)
                .bodyJson()
                .extractingPath("$.detail")
                .isEqualTo("Le contenu de la requête n'est pas du JSON valide.");
    }

    @Test
    void aRepeatedTypedParameterIsNamedNotShownAsAJavaArray() {
        assertThat(mvc.get()
                        .uri("/api/v1/probe?size=abc&size=1")
                        .with(user(UserAccountMother.principal(1, "agent", Role.AGENT)))
                        .header("Accept-Language", "nl"))
                .hasStatus(400)
                .bodyText()
                .doesNotContain("[Ljava")
                .contains("\"field\":\"size\"")
                .contains("Deze waarde heeft niet de verwachte vorm.");
    }

    private MockMvcTester.MockMvcRequestBuilder post(String body, String language) {
        return mvc.post()
                .uri("/api/v1/probe")
                .with(user(UserAccountMother.principal(1, "agent", Role.AGENT)))
                .header("Accept-Language", language)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body);
    }

    @RestController
    static class ProbeController {

        static final List<String> accepted = new ArrayList<>();

        @PostMapping("/api/v1/probe")
        String create(@Valid @RequestBody ProbeBody body) {
            accepted.add(body.username());
            return "ok";
        }

        @GetMapping("/api/v1/probe")
        String list(@RequestParam int size, @RequestParam(required = false) String name) {
            return "size " + size;
        }

        @GetMapping("/api/v1/probe/{id}")
        String show(@PathVariable Long id) {
            throw UserNotFoundException.forId(id);
        }
    }

    record ProbeBody(
            @NotBlank(message = "{identity.user.username.required}")
            String username,

            @Size(max = 120, message = "{identity.user.displayName.size}")
            String displayName) {}
}

package be.miis.frontdesk.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.miis.frontdesk.shared.Language;
import be.miis.frontdesk.test.ReferenceClockConfiguration.ReferenceClock;
import be.miis.frontdesk.test.WebSession;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

/**
 * Single sign-on (docs/security.md, "Single sign-on (OpenID Connect)") against a real OpenID provider started here
 * ({@link TestOpenIdProvider}): the browser goes from Frontdesk's button to the provider's login form and back with a
 * code, which Frontdesk exchanges for an ID token it verifies. The roles claim is configured: it decides the roles.
 */
class OidcLoginIT extends SingleSignOnIntegrationTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+(?:type=\"hidden\"\\s+)?value=\"([^\"]+)\"");

    @Autowired
    IdentityService identity;

    @Autowired
    OidcAccounts oidcAccounts;

    @Autowired
    SignInSessions sessions;

    @Autowired
    FindByIndexNameSessionRepository<? extends Session> sessionRepository;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ReferenceClock clock;

    @Autowired
    SecondFactors secondFactors;

    @AfterEach
    void resetClock() {
        clock.reset();
        secondFactors.requireFor(EnumSet.noneOf(Role.class), "test");
    }

    private final String username = "sso-" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void theLoginPageOffersTheProviderBesideTheFormWhichStillWorks() throws Exception {
        HttpBrowser browser = new HttpBrowser();
        String page = browser.get(app("/login")).body();

        assertThat(page).contains("Aanmelden met FedBe").contains("href=\"/oauth2/authorization/oidc\"");
        assertThat(page).as("the local form stays").contains("name=\"password\"");
        WebSession local = new WebSession(port).login("agent");
        assertThat(local.get("/account").body()).contains("agent");
    }

    @Test
    void aKnownUserSignsInWithTheirRolesTheirLanguageAndTheOidcFactor() throws Exception {
        createUser(Language.FR, Role.EXPERT);
        PROVIDER.user(username, claims(List.of("EXPERT")));

        HttpResponse<String> landing = new HttpBrowser().signInThroughProvider();

        assertThat(landing.uri().toString()).isEqualTo(app("/backoffice"));
        assertThat(landing.body()).as("the user's own language").contains("lang=\"fr\"");
        assertThat(identity.findByUsername(username).orElseThrow().roles()).containsExactly(Role.EXPERT);
        assertThat(jdbc.sql("select details from audit_event where actor = :actor and action = 'LOGIN_SUCCEEDED'")
                        .param("actor", username)
                        .query(String.class)
                        .list())
                .containsExactly("OIDC");
        assertThat(sessions.count(username))
                .as("the session counts for the limit as a form login's")
                .isEqualTo(1);
        SecurityContext context = sessionRepository
                .findByPrincipalName(username)
                .values()
                .iterator()
                .next()
                .getAttribute("SPRING_SECURITY_CONTEXT");
        assertThat(context.getAuthentication().getPrincipal()).isInstanceOf(FrontdeskUser.class);
        assertThat(context.getAuthentication().getAuthorities())
                .extracting(GrantedAuthority::getAuthority)
                .contains("ROLE_EXPERT", OidcUserMapper.FACTOR_OIDC)
                .doesNotContain("ROLE_AGENT");
    }

    /** The provider checks its own factors (docs/security.md, "Two-factor sign-in"); the password form still asks. */
    @Test
    void aSignInThroughTheProviderIsNotAskedForATotpCodeWhereTheFormIs() throws Exception {
        createUser(Language.NL, Role.MANAGER);
        PROVIDER.user(username, claims(List.of("MANAGER")));
        secondFactors.requireFor(EnumSet.of(Role.MANAGER), "test");

        assertThat(new HttpBrowser().signInThroughProvider().uri().getPath()).isEqualTo("/manager");
        assertThat(new WebSession(port)
                        .login(username, "a long local password nobody uses")
                        .get("/account")
                        .uri()
                        .getPath())
                .isEqualTo("/login/second-factor/enrol");
    }

    @Test
    void aFourthSignInThroughTheProviderEndsTheSessionUnusedTheLongestAsAfterTheForm() throws Exception {
        createUser(Language.NL, Role.AGENT);
        PROVIDER.user(username, claims(List.of("AGENT")));
        HttpBrowser first = signedInThroughProvider();
        HttpBrowser second = signedInThroughProvider();
        signedInThroughProvider();
        assertThat(first.get(app("/account")).body()).contains(username);

        signedInThroughProvider();

        assertThat(second.get(app("/account")).uri().toString()).isEqualTo(app("/login?expired"));
        assertThat(first.get(app("/account")).body()).contains(username);
        assertThat(sessions.count(username)).isEqualTo(3);
    }

    @Test
    void aSessionFromTheProviderEndsTenHoursAfterItsSignInAsAfterTheForm() throws Exception {
        createUser(Language.NL, Role.AGENT);
        PROVIDER.user(username, claims(List.of("AGENT")));
        HttpBrowser browser = signedInThroughProvider();

        clock.advance(Duration.ofHours(10));

        assertThat(browser.get(app("/account")).uri().toString()).isEqualTo(app("/login?expired"));
    }

    @Test
    void theAdministratorsUserPageSaysTheProviderSetsTheRoles() throws Exception {
        Long id = createUser(Language.NL, Role.AGENT);
        assertThat(new WebSession(port).login("admin").get("/admin/users/" + id).body())
                .contains("id=\"roles-from-provider\"");
    }

    @Test
    void theRolesClaimDecidesTheRolesAndUnknownValuesAreIgnored() throws Exception {
        createUser(Language.NL, Role.AGENT);
        PROVIDER.user(username, claims(List.of("expert", "ROLE_MANAGER", "janitor")));

        HttpBrowser browser = new HttpBrowser();
        HttpResponse<String> landing = browser.signInThroughProvider();

        assertThat(landing.uri().toString()).isEqualTo(app("/backoffice"));
        assertThat(identity.findByUsername(username).orElseThrow().roles())
                .as("the account's roles follow the provider's")
                .containsExactlyInAnyOrder(Role.EXPERT, Role.MANAGER);
        assertThat(browser.get(app("/manager")).statusCode()).isEqualTo(200);
        assertThat(browser.get(app("/admin/users")).statusCode()).isEqualTo(403);
    }

    @Test
    void anUnknownUserWithARoleFromTheProviderIsGivenAnAccount() throws Exception {
        PROVIDER.user(
                username,
                Map.of(
                        "preferred_username",
                        username,
                        "name",
                        "Jeanne Nouvelle",
                        "locale",
                        "fr-BE",
                        TestOpenIdProvider.ROLES_CLAIM,
                        List.of("AGENT")));

        HttpResponse<String> landing = new HttpBrowser().signInThroughProvider();

        assertThat(landing.uri().toString()).isEqualTo(app("/frontdesk"));
        UserView account = identity.findByUsername(username).orElseThrow();
        assertThat(account.displayName()).isEqualTo("Jeanne Nouvelle");
        assertThat(account.language()).isEqualTo(Language.FR);
        assertThat(account.roles()).containsExactly(Role.AGENT);
    }

    @Test
    void anUnknownUserWithoutAUsableRoleIsRefusedWithAMessage() throws Exception {
        PROVIDER.user(username, claims(List.of("JANITOR")));

        HttpResponse<String> landing = new HttpBrowser().signInThroughProvider();

        assertThat(landing.uri().toString()).isEqualTo(app("/login?sso=unknown"));
        assertThat(landing.body()).contains("Frontdesk kent u niet");
        assertThat(identity.findByUsername(username)).isEmpty();
        assertThat(jdbc.sql("select details from audit_event where actor = :actor and action = 'LOGIN_FAILED'")
                        .param("actor", username)
                        .query(String.class)
                        .list())
                .containsExactly("OIDC: unknown");
    }

    @Test
    void aDisabledUserIsRefused() throws Exception {
        Long id = createUser(Language.NL, Role.AGENT);
        identity.disable(id, "admin");
        PROVIDER.user(username, claims(List.of("AGENT")));

        HttpBrowser browser = new HttpBrowser();
        HttpResponse<String> landing = browser.signInThroughProvider();

        assertThat(landing.uri().toString()).isEqualTo(app("/login?sso=disabled"));
        assertThat(landing.body()).contains("uitgeschakeld");
        assertThat(browser.get(app("/frontdesk")).uri().toString()).isEqualTo(app("/login"));
    }

    @Test
    void aKnownUserToWhomTheProviderGivesNoRoleIsRefused() throws Exception {
        createUser(Language.NL, Role.AGENT);
        PROVIDER.user(username, claims(List.of()));

        HttpResponse<String> landing = new HttpBrowser().signInThroughProvider();

        assertThat(landing.uri().toString()).isEqualTo(app("/login?sso=no-roles"));
        assertThat(identity.findByUsername(username).orElseThrow().roles()).containsExactly(Role.AGENT);
    }

    @Test
    void aFailureOfTheProtocolItselfEndsOnTheLoginPageWithAMessage() throws Exception {
        HttpBrowser browser = new HttpBrowser();

        HttpResponse<String> unknownProvider = browser.get(app("/oauth2/authorization/elsewhere"));
        HttpResponse<String> unaskedCode = browser.get(app("/login/oauth2/code/oidc?code=made-up&state=made-up"));
        HttpResponse<String> cancelled = browser.get(app("/login/oauth2/code/oidc?error=access_denied&state=x"));

        for (HttpResponse<String> landing : List.of(unknownProvider, unaskedCode, cancelled)) {
            assertThat(landing.uri().toString()).isEqualTo(app("/login?sso=failed"));
            assertThat(landing.body()).contains("Aanmelden via uw organisatie is niet gelukt");
        }
    }

    @Test
    void withoutARolesClaimTheAccountKeepsItsRolesAndAnUnknownUserIsRefused() {
        createUser(Language.NL, Role.MANAGER);

        FrontdeskUser user = oidcAccounts.signIn(new OidcAccounts.Identity(username, null, null, null, null));

        assertThat(user.roles()).containsExactly(Role.MANAGER);
        String stranger = username + "-x";
        assertThatThrownBy(() -> oidcAccounts.signIn(new OidcAccounts.Identity(stranger, null, null, null, null)))
                .isInstanceOfSatisfying(OidcRefusedException.class, refused -> assertThat(refused.refusal())
                        .isEqualTo(SingleSignOn.Refusal.UNKNOWN));
        assertThat(identity.findByUsername(stranger)).isEmpty();
    }

    /** A new browser, signed in through the provider as this test's user. */
    private HttpBrowser signedInThroughProvider() throws Exception {
        HttpBrowser browser = new HttpBrowser();
        assertThat(browser.signInThroughProvider().uri().getPath()).isNotEqualTo("/login");
        return browser;
    }

    private Map<String, Object> claims(List<String> roles) {
        return Map.of("preferred_username", username, TestOpenIdProvider.ROLES_CLAIM, roles);
    }

    private Long createUser(Language language, Role... roles) {
        return identity.create(
                        new CreateUser(
                                username,
                                "SSO " + username,
                                null,
                                "a long local password nobody uses",
                                language,
                                EnumSet.of(roles[0], roles)),
                        "admin")
                .id();
    }

    private String app(String path) {
        return "http://localhost:" + port + path;
    }

    /** A browser over plain HTTP: cookies for both sites, redirects followed, Dutch asked for. */
    private final class HttpBrowser {

        private final HttpClient client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();

        HttpResponse<String> get(String url) throws Exception {
            return client.send(request(url).build(), HttpResponse.BodyHandlers.ofString());
        }

        /** The button on Frontdesk's login page, the provider's login form, and back to Frontdesk. */
        HttpResponse<String> signInThroughProvider() throws Exception {
            HttpResponse<String> providerLogin = get(app("/oauth2/authorization/oidc"));
            assertThat(providerLogin.uri().getPort())
                    .as("at the provider's login form")
                    .isEqualTo(PROVIDER.port());
            Matcher csrf = CSRF.matcher(providerLogin.body());
            assertThat(csrf.find())
                    .as("CSRF token on the provider's login form")
                    .isTrue();
            String form = "username=" + encode(username) + "&password=" + encode(TestOpenIdProvider.PASSWORD)
                    + "&_csrf=" + encode(csrf.group(1));
            return client.send(
                    request(PROVIDER.issuer() + "/login")
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        private HttpRequest.Builder request(String url) {
            return HttpRequest.newBuilder(URI.create(url))
                    .header("Accept", "text/html,*/*;q=0.8")
                    .header("Accept-Language", "nl");
        }

        private String encode(String value) {
            return URLEncoder.encode(value, StandardCharsets.UTF_8);
        }
    }
}

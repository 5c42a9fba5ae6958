package be.miis.frontdesk.identity;

import static org.assertj.core.api.Assertions.assertThat;

import be.miis.frontdesk.shared.Language;
import be.miis.frontdesk.test.FrontdeskIntegrationTest;
import be.miis.frontdesk.test.ReferenceClockConfiguration.ReferenceClock;
import be.miis.frontdesk.test.WebSession;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two-factor sign-in (docs/security.md, "Two-factor sign-in") over real HTTP, the real session and audit tables and
 * the codes an authenticator app would compute from the key shown on the enrolment page.
 */
@FrontdeskIntegrationTest
class SecondFactorIT {

    private static final String PASSWORD = "a walk along the Meuse in May";
    private static final Pattern SECRET = Pattern.compile("data-secret=\"([A-Z2-7]+)\"");
    private static final Pattern RECOVERY_CODE = Pattern.compile(">([A-Z2-9]{5}-[A-Z2-9]{5})<");

    @LocalServerPort
    int port;

    @Autowired
    IdentityService identity;

    @Autowired
    SecondFactors secondFactors;

    @Autowired
    ReferenceClock clock;

    @Autowired
    JdbcClient jdbc;

    private final String username = "twostep-" + UUID.randomUUID().toString().substring(0, 8);

    @AfterEach
    void restore() {
        secondFactors.requireFor(EnumSet.noneOf(Role.class), "test");
        UserView manager = identity.findByUsername("manager").orElseThrow();
        secondFactors.reset(manager.id(), manager.username(), "test");
        clock.reset();
    }

    /** The acceptance: the admin requires a second factor for managers; the demo manager enrols, then needs it. */
    @Test
    void managersRequiredToEnrolAtTheirNextSignInThenSignInOnlyWithTheCode() throws Exception {
        WebSession admin = new WebSession(port).login("admin");
        HttpResponse<String> saved = admin.post("/admin/second-factor", "roles=MANAGER");
        assertThat(saved.body()).contains("id=\"require-MANAGER\" checked");

        WebSession manager = new WebSession(port).login("manager");
        HttpResponse<String> landing = manager.get("/manager/statistics");
        assertThat(landing.uri().getPath())
                .as("no manager page before enrolling")
                .isEqualTo("/login/second-factor/enrol");
        String secret = secretOn(landing.body());
        assertThat(landing.body()).contains("<svg xmlns").contains("role=\"img\"");

        HttpResponse<String> enrolled = manager.post("/login/second-factor/enrol", "code=" + code(secret));
        assertThat(recoveryCodesOn(enrolled.body())).hasSize(SecondFactors.RECOVERY_CODES);
        assertThat(manager.get("/manager/statistics").statusCode()).isEqualTo(200);
        assertThat(admin.get("/admin/users").body())
                .as("the users list says who has set it up")
                .containsPattern("(?s)>manager</a>.*?<td>Ingesteld</td>");
        assertThat(manager.get("/manager/statistics").uri().getPath()).isEqualTo("/manager/statistics");

        WebSession again = new WebSession(port).login("manager");
        assertThat(again.post("/login/second-factor", "code=000000").body()).contains("id=\"code-error\"");
        HttpResponse<String> codePage = again.get("/manager/statistics");
        assertThat(codePage.uri().getPath()).isEqualTo("/login/second-factor");
        // The enrolment spent this 30-second step's code: the next step's code signs in.
        clock.advance(Duration.ofSeconds(30));
        HttpResponse<String> in = again.post("/login/second-factor", "code=" + code(secret));
        assertThat(in.uri().getPath()).isEqualTo("/manager/statistics");
        assertThat(actions("manager"))
                .contains(
                        AuditAction.SECOND_FACTOR_ENROLLED.name(),
                        AuditAction.SECOND_FACTOR_FAILED.name(),
                        AuditAction.SECOND_FACTOR_VERIFIED.name());
        assertThat(actions("admin")).contains(AuditAction.SECOND_FACTOR_POLICY_CHANGED.name());
    }

    @Test
    void aPendingSignInReachesNoPageButTheCodePage() throws Exception {
        String secret = enrolledUser();
        WebSession session = new WebSession(port).login(username, PASSWORD);

        assertThat(session.get("/account").uri().getPath()).isEqualTo("/login/second-factor");
        assertThat(session.get("/frontdesk").uri().getPath()).isEqualTo("/login/second-factor");
        assertThat(session.get("/login/second-factor/enrol").uri().getPath())
                .as("a pending sign-in with a factor must not enrol a new one instead of giving its code")
                .isEqualTo("/login/second-factor");
        HttpResponse<String> htmx = session.get("/frontdesk", "HX-Request", "true");
        assertThat(htmx.headers().firstValue("HX-Redirect")).hasValue("/login/second-factor");
        assertThat(session.get("/account").body())
                .as("no navigation to the role's pages halfway through")
                .doesNotContain("href=\"/frontdesk\"");

        clock.advance(Duration.ofSeconds(30));
        session.post("/login/second-factor", "code=" + code(secret));
        assertThat(session.get("/account").uri().getPath()).isEqualTo("/account");
    }

    @Test
    void aCodeSignsInOnceAndARecoveryCodeOnce() throws Exception {
        String secret = enrolledUser();
        clock.advance(Duration.ofSeconds(30));
        String code = code(secret);
        WebSession first = new WebSession(port).login(username, PASSWORD);
        assertThat(first.post("/login/second-factor", "code=" + code).body()).doesNotContain("id=\"code-error\"");
        assertThat(first.get("/manager").uri().getPath()).isEqualTo("/manager");

        WebSession replay = new WebSession(port).login(username, PASSWORD);
        assertThat(replay.post("/login/second-factor", "code=" + code).body())
                .as("the same code again, within its 30 seconds")
                .contains("id=\"code-error\"");

        List<String> recovery = recoveryCodes();
        HttpResponse<String> withRecovery =
                replay.post("/login/second-factor", "code=" + recovery.get(0).toLowerCase());
        assertThat(withRecovery.body()).contains("9");
        assertThat(replay.get("/account").uri().getPath()).isEqualTo("/account");

        WebSession spent = new WebSession(port).login(username, PASSWORD);
        assertThat(spent.post("/login/second-factor", "code=" + recovery.get(0)).body())
                .contains("id=\"code-error\"");
        assertThat(actions(username)).contains(AuditAction.SECOND_FACTOR_RECOVERY_CODE_USED.name());
    }

    @Test
    void aRememberedDeviceSkipsTheCodeUntilItExpires() throws Exception {
        String secret = enrolledUser();
        clock.advance(Duration.ofSeconds(30));
        WebSession browser = new WebSession(port).login(username, PASSWORD);
        browser.post("/login/second-factor", "code=" + code(secret) + "&remember=true");
        browser.post("/logout", "");

        browser.login(username, PASSWORD);
        assertThat(browser.get("/account").uri().getPath())
                .as("the same browser, within 30 days: no code")
                .isEqualTo("/account");
        assertThat(new WebSession(port)
                        .login(username, PASSWORD)
                        .get("/account")
                        .uri()
                        .getPath())
                .as("another browser still needs the code")
                .isEqualTo("/login/second-factor");

        browser.post("/logout", "");
        clock.advance(Duration.ofDays(31));
        browser.login(username, PASSWORD);
        assertThat(browser.get("/account").uri().getPath()).isEqualTo("/login/second-factor");
    }

    @Test
    void httpBasicIsRefusedWhereASecondFactorAppliesAndATokenMadeWithItWorks() throws Exception {
        String secret = enrolledUser();
        HttpResponse<String> basic = api(basicHeader());
        assertThat(basic.statusCode()).isEqualTo(401);
        assertThat(basic.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(basic.body()).contains("API-token");
        assertThat(HttpClient.newHttpClient()
                        .send(
                                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/me"))
                                        .header("Authorization", basicHeader())
                                        .header("Accept-Language", "en-GB,en;q=0.9")
                                        .build(),
                                HttpResponse.BodyHandlers.ofString())
                        .body())
                .as("a script asking for English gets English")
                .contains("A second step is required for this user");

        clock.advance(Duration.ofSeconds(30));
        WebSession session = new WebSession(port).login(username, PASSWORD);
        session.post("/login/second-factor", "code=" + code(secret));
        Matcher token = Pattern.compile("value=\"(fdt_[^\"]+)\"")
                .matcher(session.post("/account/tokens", "name=script&validDays=30")
                        .body());
        assertThat(token.find()).isTrue();
        assertThat(api("Bearer " + token.group(1)).statusCode()).isEqualTo(200);
    }

    @Test
    void aSessionFromBeforeTheRequirementMakesNoApiToken() throws Exception {
        createUser(Role.MANAGER);
        WebSession session = new WebSession(port).login(username, PASSWORD);
        secondFactors.requireFor(EnumSet.of(Role.MANAGER), "test");

        HttpResponse<String> refused = session.post("/account/tokens", "name=script&validDays=30");

        assertThat(refused.body()).contains("id=\"token-error\"").contains("twee stappen");
        assertThat(jdbc.sql("select count(*) from api_token t join user_account u on u.id = t.user_id"
                                + " where u.username = ?")
                        .param(username)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void anAdministratorsResetIsAuditedAndTheUserEnrolsAgain() throws Exception {
        enrolledUser();
        secondFactors.requireFor(EnumSet.of(Role.MANAGER), "test");
        UserView user = identity.findByUsername(username).orElseThrow();

        WebSession admin = new WebSession(port).login("admin");
        HttpResponse<String> reset = admin.post("/admin/users/" + user.id() + "/second-factor/reset", "");
        assertThat(reset.statusCode()).isEqualTo(200);

        assertThat(jdbc.sql("select count(*) from audit_event where actor = 'admin' and action = ? and target_id = ?")
                        .params(AuditAction.SECOND_FACTOR_RESET.name(), username)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        assertThat(new WebSession(port)
                        .login(username, PASSWORD)
                        .get("/account")
                        .uri()
                        .getPath())
                .isEqualTo("/login/second-factor/enrol");
    }

    @Test
    void nobodyGivesUpAFactorTheirRoleRequires() throws Exception {
        String secret = enrolledUser();
        secondFactors.requireFor(EnumSet.of(Role.MANAGER), "test");
        clock.advance(Duration.ofSeconds(30));
        WebSession session = new WebSession(port).login(username, PASSWORD);
        session.post("/login/second-factor", "code=" + code(secret));

        clock.advance(Duration.ofSeconds(30));
        session.post("/account/second-factor/remove", "code=" + code(secret));

        assertThat(secondFactors.isEnrolled(
                        identity.findByUsername(username).orElseThrow().id()))
                .isTrue();
    }

    /** A session taken over must not be enough to put in another phone, print codes, or turn the factor off. */
    @Test
    void changingTheFactorFromTheAccountPageAsksForACurrentCode() throws Exception {
        String secret = enrolledUser();
        clock.advance(Duration.ofSeconds(30));
        WebSession session = new WebSession(port).login(username, PASSWORD);
        session.post("/login/second-factor", "code=" + code(secret));

        assertThat(session.get("/login/second-factor/enrol").uri().getPath())
                .as("no second phone without a code")
                .isEqualTo("/account");
        HttpResponse<String> refused = session.post("/account/second-factor/replace", "code=000000");
        assertThat(refused.uri().getPath()).isEqualTo("/account");
        assertThat(refused.body()).contains("er is niets gewijzigd");
        assertThat(session.post("/account/second-factor/remove", "code=").body())
                .contains("er is niets gewijzigd");
        assertThat(session.post("/account/second-factor/recovery-codes", "code=123456")
                        .body())
                .doesNotContainPattern(RECOVERY_CODE.pattern());
        assertThat(secondFactors.isEnrolled(
                        identity.findByUsername(username).orElseThrow().id()))
                .isTrue();

        clock.advance(Duration.ofSeconds(30));
        HttpResponse<String> replacing = session.post("/account/second-factor/replace", "code=" + code(secret));
        assertThat(replacing.uri().getPath()).isEqualTo("/login/second-factor/enrol");
        String newSecret = secretOn(replacing.body());
        assertThat(newSecret).isNotEqualTo(secret);
        assertThat(recoveryCodesOn(session.post("/login/second-factor/enrol", "code=" + code(newSecret))
                        .body()))
                .hasSize(SecondFactors.RECOVERY_CODES);
        assertThat(session.get("/login/second-factor/enrol").uri().getPath())
                .as("once")
                .isEqualTo("/account");
    }

    /** A manager who enrolled from the account page; the secret as the app would keep it. */
    private String enrolledUser() throws Exception {
        createUser(Role.MANAGER);
        WebSession session = new WebSession(port).login(username, PASSWORD);
        String secret = secretOn(session.get("/login/second-factor/enrol").body());
        HttpResponse<String> done = session.post("/login/second-factor/enrol", "code=" + code(secret));
        assertThat(recoveryCodesOn(done.body())).hasSize(SecondFactors.RECOVERY_CODES);
        lastRecoveryCodes = recoveryCodesOn(done.body());
        return secret;
    }

    private List<String> lastRecoveryCodes = List.of();

    private List<String> recoveryCodes() {
        return lastRecoveryCodes;
    }

    private String basicHeader() {
        return "Basic "
                + Base64.getEncoder().encodeToString((username + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    private void createUser(Role role) {
        identity.create(new CreateUser(username, "Two Step", null, PASSWORD, Language.NL, EnumSet.of(role)), "test");
    }

    private String code(String secret) {
        return AuthenticatorApp.code(secret, clock.instant());
    }

    private static String secretOn(String page) {
        Matcher matcher = SECRET.matcher(page);
        assertThat(matcher.find()).as("the key on the enrolment page").isTrue();
        return matcher.group(1);
    }

    private static List<String> recoveryCodesOn(String page) {
        List<String> codes = new ArrayList<>();
        Matcher matcher = RECOVERY_CODE.matcher(page);
        while (matcher.find()) {
            codes.add(matcher.group(1));
        }
        return codes;
    }

    private List<String> actions(String actor) {
        return jdbc.sql("select action from audit_event where actor = ?")
                .param(actor)
                .query(String.class)
                .list();
    }

    private HttpResponse<String> api(String authorization) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/me"))
                                .header("Authorization", authorization)
                                .header("Accept-Language", "nl")
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }
}

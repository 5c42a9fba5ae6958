package be.miis.frontdesk.identity;

import static org.assertj.core.api.Assertions.assertThat;

import be.miis.frontdesk.shared.Language;
import be.miis.frontdesk.test.FrontdeskIntegrationTest;
import be.miis.frontdesk.test.ReferenceClockConfiguration.ReferenceClock;
import be.miis.frontdesk.test.WebSession;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumSet;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The session rules of docs/security.md ("Passwords", "Sessions") over real HTTP and the real session table: at most
 * three sessions, sign out everywhere, the absolute timeout, and the remedies that end sessions.
 */
@FrontdeskIntegrationTest
class SignInSessionsIT {

    private static final String PASSWORD = "a walk along the Meuse in May";

    @LocalServerPort
    int port;

    @Autowired
    IdentityService identity;

    @Autowired
    SignInSessions sessions;

    @Autowired
    ReferenceClock clock;

    @Autowired
    JdbcClient jdbc;

    private final String username = "sessions-" + UUID.randomUUID().toString().substring(0, 8);

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aFourthSignInEndsTheSessionUnusedTheLongestOnly() throws Exception {
        createUser();
        WebSession first = signedIn();
        WebSession second = signedIn();
        WebSession third = signedIn();
        assertThat(sessions.count(username)).isEqualTo(3);
        assertThat(first.get("/account").body())
                .as("three sessions at once are allowed; the first is now the latest used")
                .contains(username);

        WebSession fourth = signedIn();

        assertThat(second.get("/account").uri().toString())
                .as("the session unused the longest ends")
                .endsWith("/login?expired");
        for (WebSession kept : new WebSession[] {first, third, fourth}) {
            assertThat(kept.get("/account").body()).contains(username);
        }
        assertThat(sessions.count(username)).isEqualTo(3);
    }

    @Test
    void signingOutEverywhereEndsEverySessionOfTheUserAndNoOneElses() throws Exception {
        createUser();
        WebSession office = signedIn();
        WebSession home = signedIn();
        WebSession colleague = new WebSession(port).login("agent");
        assertThat(home.get("/account").body())
                .as("the account page counts the sessions")
                .contains("U bent op 2 plaatsen aangemeld");

        HttpResponse<String> signedOut = home.post("/account/sign-out-everywhere", "");

        assertThat(signedOut.uri().toString()).endsWith("/login?signedOut");
        assertThat(signedOut.body()).contains("U bent overal afgemeld");
        assertThat(home.get("/account").uri().getPath()).isEqualTo("/login");
        assertThat(office.get("/account").uri().getPath()).isEqualTo("/login");
        assertThat(sessions.count(username)).isZero();
        assertThat(colleague.get("/account").body())
                .as("another user's session stays")
                .contains("agent");
        assertThat(jdbc.sql("select details from audit_event where action = 'SIGNED_OUT_EVERYWHERE' and target_id = ?")
                        .param(username)
                        .query(String.class)
                        .list())
                .containsExactly("sessions=1");
    }

    @Test
    void aSessionEndsTenHoursAfterItsSignInHoweverBusy() throws Exception {
        createUser();
        WebSession busy = signedIn();
        clock.advance(Duration.ofHours(9).plusMinutes(59));
        assertThat(busy.get("/account").body()).as("still within ten hours").contains(username);

        clock.advance(Duration.ofMinutes(1));

        HttpResponse<String> page = busy.get("/account");
        assertThat(page.uri().toString()).endsWith("/login?expired");
        assertThat(page.body()).contains("Uw sessie is verlopen");
        assertThat(busy.get("/account").uri().getPath())
                .as("the ended session is not revived by the next request")
                .isEqualTo("/login");
    }

    @Test
    void anHtmxRequestAfterTheAbsoluteTimeoutIsToldWhereToGo() throws Exception {
        createUser();
        WebSession busy = signedIn();
        clock.advance(Duration.ofHours(10));

        HttpResponse<String> swap = busy.get("/account", "HX-Request", "true");

        assertThat(swap.headers().firstValue("HX-Redirect")).contains("/login?expired");
    }

    @Test
    void aNewPasswordEndsTheOtherSessionsAndAnAdministratorsResetEndsAll() throws Exception {
        UserView user = createUser();
        WebSession elsewhere = signedIn();
        WebSession here = signedIn();
        String newPassword = "the tram to Liège leaves at nine";

        HttpResponse<String> changed = here.post(
                "/account/password",
                "currentPassword=" + encode(PASSWORD) + "&newPassword=" + encode(newPassword) + "&confirmPassword="
                        + encode(newPassword));

        assertThat(changed.body()).contains("Uw wachtwoord is gewijzigd");
        assertThat(elsewhere.get("/account").uri().getPath()).isEqualTo("/login");
        assertThat(here.get("/account").body())
                .as("the session that changed it stays")
                .contains(username);

        identity.resetPassword(user.id(), "a third password for the test", "admin");

        assertThat(here.get("/account").uri().getPath()).isEqualTo("/login");
        assertThat(sessions.count(username)).isZero();
    }

    @Test
    void aKnownPasswordIsRefusedWithAReasonInTheUsersLanguage() throws Exception {
        createUser();
        WebSession session = signedIn();

        HttpResponse<String> refused = session.post(
                "/account/password",
                "currentPassword=" + encode(PASSWORD) + "&newPassword=Password1234!&confirmPassword=Password1234!");

        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("Dit wachtwoord is te bekend");
        assertThat(identity.changeOwnPassword(username, PASSWORD, PASSWORD))
                .as("the old password still holds")
                .isTrue();
    }

    private UserView createUser() {
        return identity.create(
                new CreateUser(username, "Session Tester", null, PASSWORD, Language.NL, EnumSet.of(Role.AGENT)),
                "test");
    }

    private WebSession signedIn() throws Exception {
        return new WebSession(port).login(username, PASSWORD);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

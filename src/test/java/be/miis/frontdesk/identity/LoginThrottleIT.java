package be.miis.frontdesk.identity;

import static org.assertj.core.api.Assertions.assertThat;

import be.miis.frontdesk.shared.Language;
import be.miis.frontdesk.test.FrontdeskIntegrationTest;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.EnumSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Guessing a password from one address slows that address down, never the real user elsewhere (docs/security.md,
 * "Login throttling"): real HTTP from distinct loopback addresses, so the server sees distinct clients.
 */
@FrontdeskIntegrationTest
class LoginThrottleIT {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    IdentityService identity;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    private final String username = "guessed-" + UUID.randomUUID().toString().substring(0, 8);
    private final String password = "the right password";

    @Test
    void anAttackerSlowsDownHisOwnAddressWhileTheRealUserSignsInFromHers() throws Exception {
        createUser();
        // Addresses of their own, so that no other test's failures from 127.0.0.1 count here.
        RawHttp attacker = new RawHttp("127.0.0.21", port);
        RawHttp realUser = new RawHttp("127.0.0.22", port);

        for (int i = 1; i <= 4; i++) {
            assertThat(login(attacker, username, "guess " + i))
                    .as("guess %d", i)
                    .isEqualTo("/login?error");
        }
        String fifth = login(attacker, username, "guess 5");
        assertThat(fifth).as("the fifth failure makes the address wait").matches("/login\\?retry=\\d+");
        assertThat(seconds(fifth)).isBetween(1, 30);

        assertThat(login(attacker, username, password))
                .as("while it waits, the address is refused even the right password")
                .matches("/login\\?retry=\\d+");
        RawHttp.Response api = basic(attacker, username, password);
        assertThat(api.status())
                .as("HTTP Basic from the same address is refused too")
                .isEqualTo(429);
        assertThat(api.header("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(api.header("Retry-After")).hasValueSatisfying(seconds -> assertThat(Integer.parseInt(seconds))
                .isBetween(1, 30));
        assertThat(api.body()).contains("Te veel mislukte aanmeldpogingen").contains("seconden");

        assertThat(login(realUser, username, password))
                .as("the real user, from another address, signs in as usual")
                .isEqualTo("/");
        assertThat(basic(realUser, username, password).status()).isEqualTo(200);
    }

    @Test
    void theWaitsGrowWithEveryFurtherFailure() throws Exception {
        createUser();
        RawHttp attacker = new RawHttp("127.0.0.23", port);
        for (int i = 1; i <= 5; i++) {
            login(attacker, username, "guess " + i);
        }
        // The waits themselves are checked with a test clock in LoginThrottleTests; here the stored state after a
        // failure that arrives once the wait is over (the wait is shortened in the database instead of waited for).
        // The application's clock, not the database's: the throttle compares with the one it is given.
        jdbc.sql("update login_throttle set blocked_until = :over where username = :username")
                .param("over", clock.instant().minusSeconds(1).atOffset(ZoneOffset.UTC))
                .param("username", username)
                .update();

        String sixth = login(attacker, username, "guess 6");

        assertThat(sixth).matches("/login\\?retry=\\d+");
        assertThat(seconds(sixth)).as("twice the first wait").isBetween(31, 60);
    }

    @Test
    void theLoginPageSaysInTheUsersLanguageWhenToTryAgain() throws Exception {
        RawHttp browser = new RawHttp("127.0.0.24", port);

        assertThat(browser.get("/login?retry=30", "Accept-Language", "nl").body())
                .contains("U kunt het opnieuw proberen over 30 seconden.");
        assertThat(browser.get("/login?retry=900", "Accept-Language", "fr").body())
                .contains("Vous pourrez réessayer dans 15 minutes.");
    }

    @Test
    void anAdministratorSeesTheThrottleAndLiftsItOnTheAuditTrail() throws Exception {
        createUser();
        RawHttp attacker = new RawHttp("127.0.0.25", port);
        for (int i = 1; i <= 5; i++) {
            login(attacker, username, "guess " + i);
        }
        assertThat(login(attacker, username, password)).startsWith("/login?retry=");
        RawHttp adminDesk = new RawHttp("127.0.0.26", port);
        Session admin = session(adminDesk, "admin", "demo");

        RawHttp.Response home = adminDesk.get("/admin", admin.headers());
        assertThat(home.body()).contains("href=\"/admin/login-throttles\"");
        RawHttp.Response users = adminDesk.get("/admin/users", admin.headers());
        assertThat(users.body()).contains("href=\"/admin/login-throttles\"");
        RawHttp.Response page = adminDesk.get("/admin/login-throttles?username=" + username, admin.headers());
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains("Aanmeldblokkeringen")
                .contains(username)
                .contains("127.0.0.25");
        Matcher lift =
                Pattern.compile("action=\"(/admin/login-throttles/\\d+/lift)\"").matcher(page.body());
        assertThat(lift.find()).isTrue();
        assertThat(lift.find()).as("one address, one throttle").isFalse();
        lift.reset().find();

        RawHttp.Response lifted =
                adminDesk.postForm(lift.group(1), "username=" + username + "&_csrf=" + admin.csrf(), admin.headers());

        assertThat(lifted.status()).isEqualTo(302);
        assertThat(lifted.header("Location")).contains("/admin/login-throttles?username=" + username);
        assertThat(adminDesk
                        .get(lifted.header("Location").orElseThrow(), admin.headers())
                        .body())
                .contains("is opgeheven")
                .doesNotContain("127.0.0.25</td>");
        assertThat(jdbc.sql("""
                        select count(*) from audit_event
                        where actor = 'admin' and action = 'LOGIN_THROTTLE_LIFTED' and target_id = :username
                          and details like '127.0.0.25%'
                        """)
                        .param("username", username)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        assertThat(login(attacker, username, password))
                .as("the address may try again at once")
                .isEqualTo("/");
    }

    @Test
    void theThrottlePageIsForAdministratorsOnly() throws Exception {
        RawHttp desk = new RawHttp("127.0.0.27", port);
        Session agent = session(desk, "agent", "demo");

        assertThat(desk.get("/admin/login-throttles", agent.headers()).status()).isEqualTo(403);
        assertThat(desk.postForm("/admin/login-throttles/1/lift", "_csrf=" + agent.csrf(), agent.headers())
                        .status())
                .isEqualTo(403);
    }

    private void createUser() {
        identity.create(
                new CreateUser(username, "Guessed", null, password, Language.NL, EnumSet.of(Role.AGENT)), "test");
    }

    /** Signs in through the form; returns where the server sends the browser. */
    private static String login(RawHttp client, String username, String password) throws Exception {
        URI location = URI.create(
                postLogin(client, username, password).header("Location").orElseThrow());
        // Path and query: whether a redirect is relative is HostHeaderIT's concern, not this test's.
        return location.getRawPath() + (location.getRawQuery() == null ? "" : "?" + location.getRawQuery());
    }

    private static RawHttp.Response postLogin(RawHttp client, String username, String password) throws Exception {
        RawHttp.Response form = client.get("/login", "Accept-Language", "nl");
        String cookie = "SESSION=" + form.cookie("SESSION").orElseThrow();
        return client.postForm(
                "/login",
                "username=" + encode(username) + "&password=" + encode(password) + "&_csrf=" + csrf(form),
                "Cookie",
                cookie,
                "Accept-Language",
                "nl");
    }

    /** Signs in and opens the user's home page, whose forms (logout) carry the session's CSRF token. */
    private static Session session(RawHttp client, String username, String password) throws Exception {
        RawHttp.Response response = postLogin(client, username, password);
        assertThat(response.header("Location")).contains("/");
        String cookie = "SESSION=" + response.cookie("SESSION").orElseThrow();
        RawHttp.Response root = client.get("/", "Cookie", cookie);
        RawHttp.Response home = client.get(root.header("Location").orElseThrow(), "Cookie", cookie);
        return new Session(cookie, csrf(home));
    }

    private static RawHttp.Response basic(RawHttp client, String username, String password) throws Exception {
        String credentials =
                Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return client.get("/api/v1/me", "Authorization", "Basic " + credentials, "Accept-Language", "nl");
    }

    private static String csrf(RawHttp.Response page) {
        Matcher matcher = CSRF.matcher(page.body());
        assertThat(matcher.find()).as("CSRF token on the page").isTrue();
        return encode(matcher.group(1));
    }

    private static int seconds(String location) {
        return Integer.parseInt(location.substring(location.indexOf('=') + 1));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private record Session(String cookie, String csrf) {
        String[] headers() {
            return new String[] {"Cookie", cookie, "Accept-Language", "nl"};
        }
    }
}

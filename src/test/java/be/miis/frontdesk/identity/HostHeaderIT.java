package be.miis.frontdesk.identity;

import static org.assertj.core.api.Assertions.assertThat;

import be.miis.frontdesk.test.FrontdeskIntegrationTest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A forged Host header never comes back (docs/security.md, "Host header"): not in a redirect, not in a page's
 * links or forms, not in the OpenAPI document. Real HTTP, because Tomcat is what would make a redirect absolute.
 */
@FrontdeskIntegrationTest
class HostHeaderIT {

    private static final String FORGED = "evil.example";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Test
    void theRedirectToTheLoginPageIsRelative() throws Exception {
        RawHttp.Response response = client().get("/frontdesk", "Host", FORGED, "Accept", "text/html");

        assertThat(response.status()).isEqualTo(302);
        assertThat(response.header("Location")).contains("/login");
    }

    @Test
    void theLoginPageLinksToItsOwnSite() throws Exception {
        RawHttp.Response page = client().get("/login?x=1", "Host", FORGED, "Accept-Language", "nl");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("href=\"/login?x=1&amp;lang=fr\"").doesNotContain(FORGED);
    }

    @Test
    void theLoginAndLogoutRedirectsAreRelative() throws Exception {
        RawHttp client = client();
        RawHttp.Response form = client.get("/login", "Host", FORGED);
        String cookie = "SESSION=" + form.cookie("SESSION").orElseThrow();

        RawHttp.Response login = client.postForm(
                "/login", "username=agent&password=demo&_csrf=" + csrf(form), "Host", FORGED, "Cookie", cookie);
        assertThat(login.header("Location")).contains("/");
        String session = "SESSION=" + login.cookie("SESSION").orElseThrow();
        RawHttp.Response home = client.get("/", "Host", FORGED, "Cookie", session);
        assertThat(home.header("Location")).contains("/frontdesk");
        RawHttp.Response page = client.get("/frontdesk", "Host", FORGED, "Cookie", session);
        RawHttp.Response logout = client.postForm("/logout", "_csrf=" + csrf(page), "Host", FORGED, "Cookie", session);

        assertThat(logout.header("Location")).contains("/login?logout");
    }

    @Test
    void noPageOfAnyRoleNamesTheForgedHost() throws Exception {
        List<String> agentPages = List.of(
                "/frontdesk", "/frontdesk/inbox", "/frontdesk/organisations", "/knowledge", "/account", "/nowhere");
        List<String> adminPages = List.of(
                "/admin",
                "/admin/users",
                "/admin/users/new",
                "/admin/audit",
                "/admin/login-throttles",
                "/admin/imports");
        for (String[] pages : new String[][] {
            {"agent", String.join(",", agentPages)},
            {"manager", "/manager,/manager/statistics"},
            {"expert", "/backoffice,/backoffice/mine"},
            {"admin", String.join(",", adminPages)}
        }) {
            RawHttp client = client();
            String session = login(client, pages[0]);
            for (String path : pages[1].split(",")) {
                RawHttp.Response page = client.get(path, "Host", FORGED, "Cookie", session, "Accept", "text/html");
                assertThat(page.status()).as("%s %s", pages[0], path).isIn(200, 404);
                assertThat(page.body()).as("%s %s", pages[0], path).doesNotContain(FORGED);
                assertThat(page.headerLines()).as("%s %s", pages[0], path).noneMatch(h -> h.contains(FORGED));
            }
        }
    }

    @Test
    void theOpenApiDocumentNamesNoForgedServer() throws Exception {
        String admin = Base64.getEncoder().encodeToString("admin:demo".getBytes(StandardCharsets.UTF_8));

        RawHttp.Response document = client().get("/api/v1/openapi", "Host", FORGED, "Authorization", "Basic " + admin);

        assertThat(document.status()).isEqualTo(200);
        assertThat(document.body()).contains("\"servers\"").doesNotContain(FORGED);
    }

    private RawHttp client() throws Exception {
        return new RawHttp("127.0.0.1", port);
    }

    /** Signs in with the true host and returns the session cookie. */
    private static String login(RawHttp client, String username) throws Exception {
        RawHttp.Response form = client.get("/login");
        String cookie = "SESSION=" + form.cookie("SESSION").orElseThrow();
        RawHttp.Response login = client.postForm(
                "/login", "username=" + username + "&password=demo&_csrf=" + csrf(form), "Cookie", cookie);
        assertThat(login.header("Location")).as(username).hasValueSatisfying(to -> assertThat(to)
                .endsWith("/"));
        return "SESSION=" + login.cookie("SESSION").orElseThrow();
    }

    private static String csrf(RawHttp.Response page) {
        Matcher matcher = CSRF.matcher(page.body());
        assertThat(matcher.find()).as("CSRF token on the page").isTrue();
        return URLEncoder.encode(matcher.group(1), StandardCharsets.UTF_8);
    }
}

package be.miis.frontdesk.identity;

import static org.assertj.core.api.Assertions.assertThat;

import be.miis.frontdesk.test.FrontdeskIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every API answer, errors included, carries the security headers (docs/security.md, "Security headers"); over
 * the local HTTP demo nothing pretends to be HTTPS. {@link SecureCookiesIT} has the HTTPS switch on.
 */
@FrontdeskIntegrationTest
class SecurityHeadersIT {

    @LocalServerPort
    int port;

    @Test
    void everyKindOfApiAnswerCarriesTheHeaders() throws Exception {
        RawHttp client = new RawHttp("127.0.0.1", port);
        String agent = basic("agent");

        assertApiHeaders("200", client.get("/api/v1/me", "Authorization", agent), 200);
        assertApiHeaders("401", client.get("/api/v1/me"), 401);
        assertApiHeaders("403", client.get("/api/v1/users", "Authorization", agent), 403);
        assertApiHeaders(
                "404 from a controller", client.get("/api/v1/tickets/CMI-1900-1", "Authorization", agent), 404);
        assertApiHeaders("404 through /error", client.get("/api/v1/no-such-thing", "Authorization", agent), 404);
        assertApiHeaders("405 through /error", client.send("DELETE", "/api/v1/me", null, "Authorization", agent), 405);
        assertApiHeaders("the OpenAPI document", client.get("/api/v1/openapi", "Authorization", basic("admin")), 200);
        assertApiHeaders("actuator", client.get("/actuator/health"), 200);
    }

    @Test
    void pagesAndTheirErrorPagesKeepThePagePolicy() throws Exception {
        RawHttp client = new RawHttp("127.0.0.1", port);

        for (RawHttp.Response page :
                new RawHttp.Response[] {client.get("/login"), client.get("/css/no-such.css", "Accept", "text/html")}) {
            assertThat(page.header("Content-Security-Policy"))
                    .hasValueSatisfying(csp -> assertThat(csp).contains("script-src 'self'"));
            assertThat(page.header("Referrer-Policy")).contains("same-origin");
            assertThat(page.header("X-Content-Type-Options")).contains("nosniff");
        }
    }

    @Test
    void overPlainHttpCookiesAreNotSecureAndThereIsNoHsts() throws Exception {
        RawHttp.Response login = new RawHttp("127.0.0.1", port).get("/login?lang=fr");

        assertThat(login.headers("Set-Cookie"))
                .anySatisfy(cookie -> assertThat(cookie).startsWith("SESSION="))
                .anySatisfy(cookie -> assertThat(cookie).startsWith("frontdesk-lang="))
                .allSatisfy(cookie -> assertThat(cookie).doesNotContainIgnoringCase("secure"));
        assertThat(login.header("Strict-Transport-Security")).isEmpty();
    }

    private static void assertApiHeaders(String what, RawHttp.Response response, int status) {
        assertThat(response.status()).as(what).isEqualTo(status);
        assertThat(response.header("Content-Security-Policy"))
                .as(what)
                .contains(SecurityConfiguration.API_CONTENT_SECURITY_POLICY);
        assertThat(response.header("Referrer-Policy")).as(what).contains("no-referrer");
        assertThat(response.header("X-Content-Type-Options")).as(what).contains("nosniff");
        assertThat(response.header("X-Frame-Options")).as(what).contains("DENY");
    }

    private static String basic(String username) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":demo").getBytes(StandardCharsets.UTF_8));
    }
}

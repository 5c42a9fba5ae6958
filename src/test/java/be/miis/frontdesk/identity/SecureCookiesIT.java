package be.miis.frontdesk.identity;

import static org.assertj.core.api.Assertions.assertThat;

import be.miis.frontdesk.test.FrontdeskIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * Served over HTTPS (FRONTDESK_SECURE_COOKIES=true, docs/security.md): every cookie is {@code Secure} and every
 * answer carries HSTS, also when a proxy that terminates TLS forwards plain HTTP, as this test's requests are.
 */
@FrontdeskIntegrationTest
@TestPropertySource(properties = "frontdesk.security.secure-cookies=true")
class SecureCookiesIT {

    @LocalServerPort
    int port;

    @Test
    void theSessionAndLanguageCookiesAreSecure() throws Exception {
        RawHttp.Response login = new RawHttp("127.0.0.1", port).get("/login?lang=fr");

        assertThat(login.headers("Set-Cookie"))
                .anySatisfy(cookie -> assertThat(cookie).startsWith("SESSION="))
                .anySatisfy(cookie -> assertThat(cookie).startsWith("frontdesk-lang="))
                .allSatisfy(cookie -> assertThat(cookie).containsIgnoringCase("; Secure"));
    }

    @Test
    void pagesApiAnswersAndErrorsCarryHsts() throws Exception {
        RawHttp client = new RawHttp("127.0.0.1", port);
        String agent = "Basic " + Base64.getEncoder().encodeToString("agent:demo".getBytes(StandardCharsets.UTF_8));

        for (RawHttp.Response response : new RawHttp.Response[] {
            client.get("/login"),
            client.get("/frontdesk"),
            client.get("/api/v1/me", "Authorization", agent),
            client.get("/api/v1/me"),
            client.get("/api/v1/no-such-thing", "Authorization", agent),
            client.get("/actuator/health")
        }) {
            assertThat(response.header("Strict-Transport-Security"))
                    .hasValueSatisfying(hsts -> assertThat(hsts).contains("max-age=31536000"));
        }
    }
}

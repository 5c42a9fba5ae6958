package be.miis.frontdesk.identity;

import static org.assertj.core.api.Assertions.assertThat;

import be.miis.frontdesk.shared.web.FrontdeskLocaleResolver;
import be.miis.frontdesk.test.FrontdeskIntegrationTest;
import be.miis.frontdesk.test.WebSession;
import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The security rules end to end: real HTTP on the random port, real sessions, real database. */
@FrontdeskIntegrationTest
class SecuritySmokeIT {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Without a cookie store, as a script calls the API. */
    private static final HttpClient API_CLIENT =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @LocalServerPort
    int port;

    @Autowired
    IdentityService identity;

    @Autowired
    ApiTokenService tokens;

    @Test
    void eachRoleLandsOnItsHomeAfterLogin() throws Exception {
        Map<String, String> homes =
                Map.of("agent", "/frontdesk", "expert", "/backoffice", "manager", "/manager", "admin", "/admin");
        for (Map.Entry<String, String> home : homes.entrySet()) {
            Browser browser = new Browser();

            HttpResponse<String> landed = browser.follow(browser.login(home.getKey(), "demo"));

            assertThat(landed.statusCode()).as(home.getKey()).isEqualTo(200);
            assertThat(landed.uri().getPath()).as(home.getKey()).isEqualTo(home.getValue());
            assertThat(browser.cookie("SESSION"))
                    .as("session cookie of %s", home.getKey())
                    .isNotNull();
        }
    }

    @Test
    void theAuditTrailNamesPeopleByTheirFullName() throws Exception {
        WebSession admin = new WebSession(port).login("admin");

        Document trail = Jsoup.parse(admin.get("/admin/audit?actor=admin").body());

        assertThat(trail.select("#audit-rows tr td:nth-child(2)").first().text())
                .isEqualTo("Adam Admin admin");
    }

    @Test
    void theLoginFormNeedsItsCsrfToken() throws Exception {
        Browser browser = new Browser();
        browser.get("/login");

        HttpResponse<String> response = browser.post("/login", Map.of("username", "agent", "password", "demo"), false);

        assertThat(response.statusCode()).isEqualTo(403);
        HttpResponse<String> after = browser.get("/frontdesk");
        assertThat(after.statusCode()).isEqualTo(302);
        assertThat(after.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    @Test
    void aWrongPasswordGoesBackToTheFormWithAnError() throws Exception {
        Browser browser = new Browser();

        HttpResponse<String> response = browser.login("agent", "not the password");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(location(response)).isEqualTo("/login?error");
        assertThat(browser.get("/frontdesk").statusCode()).isEqualTo(302);
    }

    @Test
    void anAgentIsRefusedTheAdminPagesWithALocalisedPage() throws Exception {
        Browser browser = new Browser();
        browser.login("agent", "demo");

        browser.language("nl");
        HttpResponse<String> dutch = browser.get("/admin");
        assertThat(dutch.statusCode()).isEqualTo(403);
        assertThat(dutch.body()).contains("Geen toegang").doesNotContain("Accès refusé");

        browser.language("fr");
        HttpResponse<String> french = browser.get("/admin/users");
        assertThat(french.statusCode()).isEqualTo(403);
        assertThat(french.body()).contains("Accès refusé").doesNotContain("Geen toegang");
    }

    @Test
    void anUnknownAddressAnswersALocalisedNotFoundPage() throws Exception {
        Browser browser = new Browser();
        browser.login("expert", "demo");

        browser.language("nl");
        HttpResponse<String> dutch = browser.get("/no-such-page");
        assertThat(dutch.statusCode()).isEqualTo(404);
        assertThat(dutch.body()).contains("Pagina niet gevonden");

        browser.language("fr");
        HttpResponse<String> french = browser.get("/no-such-page");
        assertThat(french.statusCode()).isEqualTo(404);
        assertThat(french.body()).contains("Page introuvable");
    }

    @Test
    void pagesCarryTheSecurityHeaders() throws Exception {
        HttpResponse<String> response = new Browser().get("/login");

        String csp = response.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(csp)
                .contains("script-src 'self'")
                .doesNotContain("unsafe-inline")
                .doesNotContain("unsafe-eval");
        assertThat(csp).contains("frame-ancestors 'none'");
        assertThat(response.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    }

    @Test
    void theApiAcceptsHttpBasicWithoutCreatingASession() throws Exception {
        HttpResponse<String> response = basic("agent", "demo", "/api/v1/me");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).get("username").asString()).isEqualTo("agent");
        assertThat(json(response).get("roles").toString()).contains("AGENT");
        assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
    }

    @Test
    void theApiRefusesAWrongPasswordAsAProblem() throws Exception {
        HttpResponse<String> response = basic("agent", "wrong", "/api/v1/me");

        assertThat(response.statusCode()).isEqualTo(401);
        assertProblem(response, 401);
    }

    @Test
    void theApiAcceptsAPersonalTokenUntilItIsRevoked() throws Exception {
        CreatedApiToken token = tokens.create("expert", "smoke test", null);

        HttpResponse<String> accepted = bearer(token.secret(), "/api/v1/me", "nl");
        assertThat(accepted.statusCode()).isEqualTo(200);
        assertThat(json(accepted).get("username").asString()).isEqualTo("expert");
        assertThat(accepted.headers().allValues("Set-Cookie")).isEmpty();

        assertThat(tokens.revoke("expert", token.token().id())).isTrue();

        HttpResponse<String> refused = bearer(token.secret(), "/api/v1/me", "nl");
        assertThat(refused.statusCode()).isEqualTo(401);
        JsonNode problem = assertProblem(refused, 401);
        assertThat(problem.get("title").asString()).isEqualTo("Niet aangemeld");
        assertThat(bearer(token.secret(), "/api/v1/me", "fr").body()).contains("Non authentifi");
    }

    @Test
    void theUserApiIsForAdministratorsOnly() throws Exception {
        HttpResponse<String> agent = basic("agent", "demo", "/api/v1/users");
        assertThat(agent.statusCode()).isEqualTo(403);
        assertProblem(agent, 403);

        HttpResponse<String> admin = basic("admin", "demo", "/api/v1/users");
        assertThat(admin.statusCode()).isEqualTo(200);
        assertThat(json(admin).isArray()).isTrue();
        assertThat(admin.body()).contains("\"username\":\"agent\"").doesNotContain("password");
    }

    @Test
    void theApiRefusesAPostToTheReadOnlyUserListInTheCallersLanguage() throws Exception {
        int before = identity.findAll().size();

        HttpResponse<String> dutch = send(HttpRequest.newBuilder(uri("/api/v1/users"))
                .header("Authorization", basicHeader("admin", "demo"))
                .header("Accept-Language", "nl")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"\"}")));
        HttpResponse<String> french = send(HttpRequest.newBuilder(uri("/api/v1/users"))
                .header("Authorization", basicHeader("admin", "demo"))
                .header("Accept-Language", "fr")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"\"}")));

        assertThat(dutch.statusCode()).isEqualTo(405);
        assertThat(assertProblem(dutch, 405).get("title").asString()).isEqualTo("Methode niet toegestaan");
        assertThat(assertProblem(french, 405).get("title").asString()).isEqualTo("Méthode non autorisée");
        assertThat(identity.findAll()).hasSize(before);
    }

    @Test
    void theOpenApiDocumentIsForAdministrators() throws Exception {
        HttpResponse<String> anonymous = send(HttpRequest.newBuilder(uri("/api/v1/openapi")));
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertProblem(anonymous, 401);

        assertThat(basic("agent", "demo", "/api/v1/openapi").statusCode()).isEqualTo(403);

        HttpResponse<String> admin = basic("admin", "demo", "/api/v1/openapi");
        assertThat(admin.statusCode()).isEqualTo(200);
        assertThat(json(admin).get("paths").has("/api/v1/me")).isTrue();
    }

    @Test
    void readinessIsPublicAndIncludesTheDatabaseForAnAdministrator() throws Exception {
        HttpResponse<String> anonymous = send(HttpRequest.newBuilder(uri("/actuator/health/readiness")));
        assertThat(anonymous.statusCode()).isEqualTo(200);
        assertThat(json(anonymous).get("status").asString()).isEqualTo("UP");

        HttpResponse<String> admin = basic("admin", "demo", "/actuator/health/readiness");
        JsonNode db = json(admin).get("components").get("db");
        assertThat(db.get("status").asString()).isEqualTo("UP");
        assertThat(db.get("details").get("database").asString()).isEqualTo("PostgreSQL");
    }

    @Test
    void metricsAreForAdministrators() throws Exception {
        assertThat(send(HttpRequest.newBuilder(uri("/actuator/prometheus"))).statusCode())
                .isEqualTo(401);
        assertThat(basic("manager", "demo", "/actuator/prometheus").statusCode())
                .isEqualTo(403);

        HttpResponse<String> admin = basic("admin", "demo", "/actuator/prometheus");
        assertThat(admin.statusCode()).isEqualTo(200);
        assertThat(admin.body()).contains("jvm_memory_used_bytes");
    }

    private JsonNode assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = json(response);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("title").asString()).isNotBlank();
        return problem;
    }

    private static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    private HttpResponse<String> basic(String username, String password, String path) throws Exception {
        return send(HttpRequest.newBuilder(uri(path))
                .header("Authorization", basicHeader(username, password))
                .header("Accept-Language", "nl"));
    }

    private HttpResponse<String> bearer(String token, String path, String language) throws Exception {
        return send(HttpRequest.newBuilder(uri(path))
                .header("Authorization", "Bearer " + token)
                .header("Accept-Language", language));
    }

    private static String basicHeader(String username, String password) {
        return "Basic "
                + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return API_CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private String location(HttpResponse<String> response) {
        String location = response.headers().firstValue("Location").orElseThrow();
        URI resolved = response.uri().resolve(location);
        return resolved.getRawPath() + (resolved.getRawQuery() == null ? "" : "?" + resolved.getRawQuery());
    }

    /** One browser: its own cookies, redirects followed only when the test asks. */
    private final class Browser {

        private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
        private final HttpClient client = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();

        HttpResponse<String> get(String path) throws Exception {
            // A browser asks for HTML; without it, the error pages answer as problem documents.
            return client.send(
                    HttpRequest.newBuilder(uri(path))
                            .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(String path, Map<String, String> form, boolean withCsrf) throws Exception {
            Map<String, String> fields = new LinkedHashMap<>(form);
            if (withCsrf) {
                Matcher matcher = CSRF.matcher(get("/login").body());
                assertThat(matcher.find()).as("CSRF token on the login page").isTrue();
                fields.put("_csrf", matcher.group(1));
            }
            String body = fields.entrySet().stream()
                    .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                            + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            return client.send(
                    HttpRequest.newBuilder(uri(path))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> login(String username, String password) throws Exception {
            return post("/login", Map.of("username", username, "password", password), true);
        }

        HttpResponse<String> follow(HttpResponse<String> response) throws Exception {
            HttpResponse<String> current = response;
            for (int hops = 0; hops < 5 && current.statusCode() / 100 == 3; hops++) {
                current = get(location(current));
            }
            return current;
        }

        /** As the language links would, but without storing the choice on the account shared by other tests. */
        void language(String code) throws IOException {
            // Through the manager, like a Set-Cookie from the server, so that it replaces the cookie set at login.
            cookies.put(
                    uri("/"),
                    Map.of("Set-Cookie", List.of(FrontdeskLocaleResolver.COOKIE_NAME + "=" + code + "; Path=/")));
        }

        HttpCookie cookie(String name) {
            return cookies.getCookieStore().getCookies().stream()
                    .filter(c -> c.getName().equals(name))
                    .findFirst()
                    .orElse(null);
        }
    }
}

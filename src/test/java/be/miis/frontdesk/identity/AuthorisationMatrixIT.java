package be.miis.frontdesk.identity;

import static org.assertj.core.api.Assertions.assertThat;

import be.miis.frontdesk.test.FrontdeskIntegrationTest;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Who reaches what: every route and API operation the application maps (read from the handler mappings, so a new
 * endpoint is in it without anyone adding it) is requested as anonymous, agent, expert, manager and admin, and the
 * outcome compared with {@code src/test/resources/authorisation-matrix.csv}, the one table of expected outcomes. A
 * mapped endpoint without a line there fails the build with its name; so does a line for an endpoint that is gone.
 *
 * <p>Outcomes: {@code allowed} (the request reached its handler and was not refused there), {@code 403}, {@code 401}
 * (the API without credentials), {@code login} (a page redirects to the login form). Pages are requested with a
 * session from the login form and its CSRF token, the API with each user's personal token. GET requests run as they
 * are, so a refusal by a module's service shows too; other methods are stopped by a probe when they reach their
 * handler (answered 204), so the matrix changes nothing in the shared test database. What the services refuse on
 * those is tested beside each service (docs/roles.md lists where).
 */
@FrontdeskIntegrationTest
@Import(AuthorisationMatrixIT.Probe.class)
class AuthorisationMatrixIT {

    static final String MATRIX = "/authorisation-matrix.csv";
    static final List<String> ROLES = List.of("anonymous", "agent", "expert", "manager", "admin");

    private static final String PROBE_HEADER = "X-Authorisation-Probe";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    private static final Pattern ALTERNATIVES = Pattern.compile("\\{(\\w+):([\\w-]+(?:\\|[\\w-]+)+)}");
    private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)(?::[^}]*)?}");

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    Probe probe;

    @Autowired
    ApiTokenService tokens;

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyEndpointAnswersEachRoleAsTheMatrixSays() throws Exception {
        Map<String, Endpoint> mapped = mappedEndpoints();
        Map<String, List<String>> expected = readMatrix();

        List<String> missing = new ArrayList<>();
        for (String key : mapped.keySet()) {
            if (!expected.containsKey(key)) {
                missing.add(key);
            }
        }
        List<String> stale = expected.keySet().stream()
                .filter(key -> !mapped.containsKey(key))
                .toList();

        Map<String, Caller> callers = callers();
        List<String> wrong = new ArrayList<>();
        Map<String, List<String>> actual = new TreeMap<>();
        for (Endpoint endpoint : mapped.values()) {
            List<String> outcomes = new ArrayList<>();
            for (String role : ROLES) {
                outcomes.add(callers.get(role).outcome(endpoint));
            }
            actual.put(endpoint.key(), outcomes);
            List<String> wanted = expected.get(endpoint.key());
            if (wanted != null && !wanted.equals(outcomes)) {
                wrong.add(endpoint.key() + ": expected " + wanted + ", got " + outcomes + " (" + ROLES + ")");
            }
        }

        StringBuilder report = new StringBuilder();
        if (!missing.isEmpty()) {
            report.append("\nEndpoints without a line in src/test/resources")
                    .append(MATRIX)
                    .append(" (decide who may use them, write it in docs/roles.md and the README, then add the")
                    .append(" line; what the application answers now is shown after the arrow):\n");
            missing.forEach(key -> report.append("  ")
                    .append(key)
                    .append("  ->  ")
                    .append(line(key, actual.get(key)))
                    .append('\n'));
        }
        if (!stale.isEmpty()) {
            report.append("\nLines for endpoints that are no longer mapped:\n");
            stale.forEach(key -> report.append("  ").append(key).append('\n'));
        }
        if (!wrong.isEmpty()) {
            report.append("\nEndpoints that answer otherwise than the matrix says:\n");
            wrong.forEach(line -> report.append("  ").append(line).append('\n'));
        }
        assertThat(report.toString()).as("the authorisation matrix").isEmpty();
    }

    /** Every mapped method and path; a path variable with alternatives is one endpoint per alternative. */
    private Map<String, Endpoint> mappedEndpoints() {
        Map<String, Endpoint> endpoints = new TreeMap<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping :
                mappings.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = mapping.getKey();
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            List<String> names = methods.isEmpty()
                    ? List.of("GET")
                    : methods.stream().map(Enum::name).sorted().toList();
            String consumes = info.getConsumesCondition().getConsumableMediaTypes().stream()
                    .findFirst()
                    .map(MediaType::toString)
                    .orElse(null);
            for (String pattern : info.getPatternValues()) {
                for (String path : expand(pattern)) {
                    for (String method : names) {
                        Endpoint endpoint = new Endpoint(method, path, consumes);
                        endpoints.putIfAbsent(endpoint.key(), endpoint);
                    }
                }
            }
        }
        return endpoints;
    }

    private static List<String> expand(String pattern) {
        Matcher matcher = ALTERNATIVES.matcher(pattern);
        if (!matcher.find()) {
            return List.of(pattern);
        }
        List<String> paths = new ArrayList<>();
        for (String alternative : matcher.group(2).split("\\|")) {
            paths.addAll(
                    expand(pattern.substring(0, matcher.start()) + alternative + pattern.substring(matcher.end())));
        }
        return paths;
    }

    /** The table: method, path, then one outcome per role; lines starting with # are comments. */
    private static Map<String, List<String>> readMatrix() throws IOException {
        Map<String, List<String>> matrix = new LinkedHashMap<>();
        try (InputStream in = AuthorisationMatrixIT.class.getResourceAsStream(MATRIX)) {
            assertThat(in).as(MATRIX + " on the test class path").isNotNull();
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .toList();
            assertThat(lines.get(0)).isEqualTo("method,path," + String.join(",", ROLES));
            for (String line : lines.subList(1, lines.size())) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                List<String> cells =
                        List.of(line.split(",", -1)).stream().map(String::strip).toList();
                assertThat(cells).as("line '%s' of %s", line, MATRIX).hasSize(2 + ROLES.size());
                String key = cells.get(0) + " " + cells.get(1);
                assertThat(matrix).as("one line per endpoint: %s", key).doesNotContainKey(key);
                matrix.put(key, cells.subList(2, cells.size()));
            }
        }
        return matrix;
    }

    private static String line(String key, List<String> outcomes) {
        return key.replace(' ', ',') + "," + String.join(",", outcomes);
    }

    private Map<String, Caller> callers() throws Exception {
        DemoValues values = new DemoValues(jdbc);
        Map<String, Caller> callers = new LinkedHashMap<>();
        for (String role : ROLES) {
            callers.put(role, new Caller(role, values));
        }
        return callers;
    }

    record Endpoint(String method, String path, @Nullable String consumes) {

        String key() {
            return method + " " + path;
        }

        boolean api() {
            return path.startsWith("/api/");
        }
    }

    /** Real ids and references of the demo data for the path variables, so that a GET finds what it asks for. */
    private static final class DemoValues {

        private final Map<String, String> byPlace = new LinkedHashMap<>();

        DemoValues(JdbcClient jdbc) {
            String user = one(jdbc, "select id from user_account where username = 'agent'");
            String organisation = one(jdbc, "select id from organisation order by id limit 1");
            String contact = one(jdbc, "select id from contact order by id limit 1");
            String article = one(jdbc, "select article_id from faq_article_version order by id limit 1");
            String queue = one(jdbc, "select id from escalation_queue order by id limit 1");
            String ticket = one(jdbc, "select reference from ticket order by status = 'ESCALATED' desc, id limit 1");
            byPlace.put("tickets/{reference}", ticket);
            byPlace.put("users/{id}", user);
            byPlace.put("organisations/{id}", organisation);
            byPlace.put("contacts/{id}", contact);
            byPlace.put("contacts/{contactId}", contact);
            byPlace.put("faq/{id}", article);
            byPlace.put("faq/{articleId}", article);
            byPlace.put("articles/{id}", article);
            byPlace.put("versions/{number}", "1");
            // The public portal: a language, a category, any slug (a wrong one redirects, which is reaching it).
            byPlace.put("portal/{lang}", "fr");
            byPlace.put("categories/{code}", "RMI");
            byPlace.put("{id}/{slug}", "slug");
            // A status link's token: none exists, the portal's 404 page still shows who reaches it.
            byPlace.put("sent/{token}", "unknown");
            byPlace.put("status/{token}", "unknown");
            byPlace.put("rating/{token}", "unknown");
            byPlace.put("queues/{id}", queue);
            byPlace.put("lists/{name}", "in-review");
            byPlace.put("calendar/{year}", "2026");
            byPlace.put("closure-days/{day}", "2026-11-15");
            // None of these may exist yet: the handler answers 404, which still shows who reaches it.
            byPlace.put("notices/{id}", "1");
            byPlace.put("tokens/{id}", "1");
            byPlace.put("imports/{id}", "1");
            byPlace.put("ticket-imports/{id}", "1");
            byPlace.put("login-throttles/{id}", "1");
            byPlace.put("outbox/{id}", "1");
            byPlace.put("quarantine/{id}", "1");
            byPlace.put("attachments/{id}", "1");
            byPlace.put("mails/{id}", "1");
            byPlace.put("callbacks/{id}", "1");
            byPlace.put("follow-ups/{id}", "1");
            byPlace.put("reviews/{id}", "1");
            byPlace.put("mystery-calls/{id}", "1");
            byPlace.put("complaints/{id}", "1");
            byPlace.put("root-causes/{id}", "1");
        }

        String fill(String path) {
            String[] segments = path.split("/");
            StringBuilder filled = new StringBuilder();
            for (int i = 1; i < segments.length; i++) {
                String segment = segments[i];
                Matcher variable = VARIABLE.matcher(segment);
                if (variable.matches()) {
                    String place = segments[i - 1] + "/{" + variable.group(1) + "}";
                    String value = byPlace.get(place);
                    assertThat(value)
                            .as("a demo value for %s in %s: add one to AuthorisationMatrixIT.DemoValues", place, path)
                            .isNotNull();
                    segment = URLEncoder.encode(value, StandardCharsets.UTF_8);
                }
                filled.append('/').append(segment);
            }
            return filled.isEmpty() ? "/" : filled.toString();
        }

        private static String one(JdbcClient jdbc, String sql) {
            return String.valueOf(jdbc.sql(sql).query(Object.class).single());
        }
    }

    /** One role's way in: a session from the login form for the pages, its personal API token for the API. */
    private final class Caller {

        private final String role;
        private final DemoValues values;
        private final HttpClient client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        private final @Nullable String token;
        private String csrf;

        Caller(String role, DemoValues values) throws Exception {
            this.role = role;
            this.values = values;
            boolean anonymous = "anonymous".equals(role);
            this.csrf = csrfOf(send("GET", "/login", null, null, false).body());
            if (!anonymous) {
                String form =
                        "username=" + role + "&password=demo&_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8);
                HttpResponse<String> login = send("POST", "/login", "application/x-www-form-urlencoded", form, false);
                assertThat(login.statusCode()).as("login of %s", role).isEqualTo(302);
                // A new session after login has a new token; every signed-in page carries it in the logout form.
                this.csrf = csrfOf(send("GET", "/account", null, null, false).body());
            }
            this.token = anonymous
                    ? null
                    : tokens.create(role, "authorisation matrix " + UUID.randomUUID(), null)
                            .secret();
        }

        String outcome(Endpoint endpoint) throws Exception {
            String path = values.fill(endpoint.path());
            String body = null;
            String type = endpoint.consumes();
            if (!"GET".equals(endpoint.method())) {
                if (endpoint.api()) {
                    type = type == null ? MediaType.APPLICATION_JSON_VALUE : type;
                    body = "";
                } else {
                    type = MediaType.APPLICATION_FORM_URLENCODED_VALUE;
                    body = "_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8);
                }
            }
            String probeId = UUID.randomUUID().toString();
            HttpResponse<String> response = send(endpoint.method(), path, type, body, true, probeId);
            int status = response.statusCode();
            boolean reached = probe.reached.remove(probeId);
            if (reached && status != 401 && status != 403) {
                return "allowed";
            }
            if (status == 401 || status == 403) {
                return Integer.toString(status);
            }
            if (status == 302
                    && response.headers()
                            .firstValue("Location")
                            .map(location -> URI.create(location).getPath().equals("/login"))
                            .orElse(false)) {
                return "login";
            }
            return "not reached (" + status + ")";
        }

        private HttpResponse<String> send(
                String method, String path, @Nullable String type, @Nullable String body, boolean credentials)
                throws Exception {
            return send(method, path, type, body, credentials, null);
        }

        private HttpResponse<String> send(
                String method,
                String path,
                @Nullable String type,
                @Nullable String body,
                boolean credentials,
                @Nullable String probeId)
                throws Exception {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Accept-Language", "nl")
                    .method(
                            method,
                            body == null
                                    ? HttpRequest.BodyPublishers.noBody()
                                    : HttpRequest.BodyPublishers.ofString(body));
            boolean api = path.startsWith("/api/");
            request.header("Accept", api ? "application/json, */*;q=0.5" : "text/html, */*;q=0.5");
            if (type != null) {
                request.header("Content-Type", type);
            }
            if (probeId != null) {
                request.header(PROBE_HEADER, probeId);
            }
            if (credentials && api && token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }

        private String csrfOf(String page) {
            Matcher matcher = CSRF.matcher(page);
            assertThat(matcher.find())
                    .as("a CSRF token on the page for %s", role)
                    .isTrue();
            return matcher.group(1);
        }
    }

    /**
     * Notes which requests reached their handler (the first dispatch only: an error page rendered for a refusal is
     * not the handler), and stops every request but a GET there, so that the matrix changes nothing.
     */
    @TestConfiguration(proxyBeanMethods = false)
    static class Probe implements WebMvcConfigurer {

        final Set<String> reached = ConcurrentHashMap.newKeySet();

        @Override
        public void addInterceptors(InterceptorRegistry registry) {
            registry.addInterceptor(new HandlerInterceptor() {
                @Override
                public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                    String id = request.getHeader(PROBE_HEADER);
                    if (id == null || request.getDispatcherType() != DispatcherType.REQUEST) {
                        return true;
                    }
                    reached.add(id);
                    if ("GET".equals(request.getMethod())) {
                        return true;
                    }
                    response.setStatus(HttpServletResponse.SC_NO_CONTENT);
                    return false;
                }
            });
        }
    }
}

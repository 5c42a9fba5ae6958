package be.miis.frontdesk.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import be.miis.frontdesk.test.FrontdeskIntegrationTest;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The bad input that answered 500, HTML or an empty body before (docs/bad-input.md), each asked as a client or a
 * browser would: refused with a 400 problem that names the field, or a 404 problem, in the caller's language.
 */
@FrontdeskIntegrationTest
class BadInputIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final String CONTROL =
            "Bevat een onzichtbaar stuurteken (zoals NUL) of een half teken; verwijder het.";

    @LocalServerPort
    int port;

    @Test
    void aNulInAFilterIsRefusedWithTheParameterNamed() throws Exception {
        assertField(get("/api/v1/tickets?domain=a%00b"), "domain", CONTROL);
        assertField(get("/api/v1/faq/search?q=leefloon&category=%00"), "category", CONTROL);
    }

    @Test
    void aNulOrLoneSurrogateInSavedTextIsRefusedWithTheFieldNamed() throws Exception {
        assertField(
                post(
                        "/api/v1/tickets",
                        "{\"channel\":\"PHONE\",\"domainCode\":\"RMI\",\"language\":\"NL\","
                                + "\"description\":\"a\\u0000b\"}"),
                "description",
                CONTROL);
        assertField(
                post(
                        "/api/v1/tickets",
                        "{\"channel\":\"PHONE\",\"domainCode\":\"RMI\",\"language\":\"NL\","
                                + "\"description\":\"ab\",\"subject\":\"x\\ud800\"}"),
                "subject",
                CONTROL);
        assertField(
                post("/api/v1/faq", article("\"question\":\"Vraag\\u0000?\"")), "translations[0].question", CONTROL);
        assertField(
                post(
                        "/api/v1/faq/import",
                        "[{\"domainCode\":\"RMI\",\"audience\":\"INTERNAL\",\"sourceLanguage\":\"NL\","
                                + "\"owner\":\"exp\\u0000ert\",\"translations\":[]}]"),
                "articles[0].owner",
                CONTROL);
    }

    @Test
    void anArticleWithoutAudienceOrTranslationsIsRefusedNotAServerError() throws Exception {
        assertField(
                post("/api/v1/faq", "{\"domainCode\":\"RMI\",\"sourceLanguage\":\"NL\",\"translations\":[]}"),
                "audience",
                "Dit veld is verplicht.");
        assertField(
                post("/api/v1/faq", "{\"domainCode\":\"RMI\",\"audience\":\"INTERNAL\",\"sourceLanguage\":\"NL\"}"),
                "translations",
                "Dit veld is verplicht.");
        assertField(
                post(
                        "/api/v1/faq",
                        "{\"domainCode\":\"RMI\",\"audience\":\"INTERNAL\",\"sourceLanguage\":\"NL\","
                                + "\"translations\":[null]}"),
                "translations[0]",
                "Dit veld is verplicht.");
        // A missing text counts as empty, as in the import: the article then lacks its question.
        assertField(post("/api/v1/faq", article("\"keywords\":\"x\"")), "question", "Geef de vraag in de brontaal.");
        HttpResponse<String> update = send(
                "PUT",
                "/api/v1/faq/1?version=0",
                "{\"domainCode\":\"RMI\",\"audience\":null,\"sourceLanguage\":\"NL\",\"translations\":[]}",
                "application/json");
        assertField(update, "audience", "Dit veld is verplicht.");
    }

    @Test
    void aDateOutsideTheYears2000To2100IsRefused() throws Exception {
        String range = "Deze datum ligt buiten het aanvaarde bereik (jaar 2000 tot 2100).";
        assertField(get("/api/v1/tickets?from=%2B999999999-01-01"), "from", range);
        assertField(get("/api/v1/tickets?to=0001-01-01"), "to", range);
        assertField(
                post(
                        "/api/v1/tickets",
                        "{\"channel\":\"PHONE\",\"domainCode\":\"RMI\",\"language\":\"NL\","
                                + "\"description\":\"Oude vraag\",\"receivedAt\":\"0001-01-01T00:00:00Z\"}"),
                "receivedAt",
                range);

        HttpResponse<String> imported = send(
                "POST",
                "/api/v1/import/tickets",
                "received_at,channel,subject\n0001-01-01T10:00:00Z,PHONE,Oud\n2024-03-05T10:00:00Z,PHONE,a\u0000b\n",
                "text/csv");
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(422);
        JsonNode problems = JSON.readTree(imported.body()).path("problems");
        assertThat(problems.get(0).path("field").asString()).isEqualTo("received_at");
        assertThat(problems.get(0).path("message").asString()).isEqualTo(range);
        assertThat(problems.get(1).path("line").asInt()).isEqualTo(3);
        assertThat(problems.get(1).path("field").asString()).isEqualTo("subject");
        assertThat(problems.get(1).path("message").asString()).isEqualTo(CONTROL);
    }

    @Test
    void anUnreadableCsvIsReportedByLineWithoutTheParsersClass() throws Exception {
        HttpResponse<String> response = send(
                "POST", "/api/v1/import/tickets", "received_at,channel,subject\n2024-03-05,PHONE,\"open\n", "text/csv");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body())
                .doesNotContain("org.apache")
                .doesNotContain("CSVException")
                .contains("Het bestand is geen geldige CSV vanaf regel 2");
    }

    @Test
    void theErrorAddressAskedForDirectlyIsNotFound() throws Exception {
        HttpResponse<String> response = get("/error");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    }

    @Test
    void whatTomcatRefusesUnderTheApiIsAProblemDocument() throws Exception {
        for (String target : new String[] {
            "/api/v1/tickets/a%2Fb",
            "/api/v1/tickets/a%5Cb",
            "/api/v1/tickets/a%00b",
            "/api/v1/tickets/a%FFb",
            "/api/v1/tickets/a\\b",
            "/api/v1/tickets?q=" + "a".repeat(70_000)
        }) {
            String answer = raw("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nAccept-Language: fr\r\n"
                    + "Authorization: " + basic("agent") + "\r\nConnection: close\r\n\r\n");
            assertThat(answer)
                    .as(target.substring(0, Math.min(60, target.length())))
                    .startsWith("HTTP/1.1 400");
            assertThat(answer)
                    .contains("Content-Type: application/problem+json")
                    .contains("\"status\":400");
            assertThat(answer).doesNotContain("<html");
        }
    }

    @Test
    void unknownThingsUnderTheApiAreNotFoundProblems() throws Exception {
        for (String path : new String[] {
            "/api/v1/tickets/CMI-1999-424242/sla",
            "/api/v1/queues/987654/tickets",
            "/api/v1/faq/1/versions/999",
            "/api/v1/faq/987654/versions/1"
        }) {
            HttpResponse<String> response = get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(JSON.readTree(response.body()).path("detail").asString())
                    .as(path)
                    .isEqualTo("Dit gegeven bestaat niet.");
        }
    }

    @Test
    void aNulInALoginOrAFormIsRefusedWithAPageThatNamesTheField() throws Exception {
        HttpClient browser = HttpClient.newBuilder()
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .build();
        String login = browser.send(page("/login").build(), HttpResponse.BodyHandlers.ofString())
                .body();
        String csrf = Jsoup.parse(login).select("input[name=_csrf]").attr("value");
        HttpResponse<String> refused = browser.send(
                page("/login")
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("username=ag%00ent&password=demo&_csrf="
                                + URLEncoder.encode(csrf, StandardCharsets.UTF_8)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(refused.body()).text()).contains("Het veld 'username' bevat een onzichtbaar stuurteken");

        HttpResponse<String> basic = CLIENT.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/me"))
                        .header(
                                "Authorization",
                                "Basic "
                                        + Base64.getEncoder()
                                                .encodeToString("ag\u0000ent:demo".getBytes(StandardCharsets.UTF_8)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertField(basic, "Authorization", CONTROL);
    }

    private static void assertField(HttpResponse<String> response, String field, String message) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode errors = JSON.readTree(response.body()).path("errors");
        assertThat(errors).as(response.body()).hasSize(1);
        assertThat(errors.get(0).path("field").asString()).isEqualTo(field);
        assertThat(errors.get(0).path("message").asString()).isEqualTo(message);
    }

    private static String article(String translation) {
        return "{\"domainCode\":\"RMI\",\"audience\":\"INTERNAL\",\"sourceLanguage\":\"NL\",\"translations\":"
                + "[{\"language\":\"NL\"," + translation + "}]}";
    }

    private HttpResponse<String> get(String path) throws Exception {
        return send("GET", path, null, null);
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        return send("POST", path, body, "application/json");
    }

    private HttpResponse<String> send(String method, String path, String body, String contentType) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", basic(path.contains("import") ? "admin" : "expert"))
                .header("Accept-Language", "nl");
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        request.method(
                method,
                body == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder page(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "text/html")
                .header("Accept-Language", "nl");
    }

    /** A request written on the socket as it is: Java's HTTP client refuses to send these targets. */
    private String raw(String request) throws Exception {
        try (Socket socket = new Socket("localhost", port)) {
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
    }
}

package be.miis.frontdesk.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import be.miis.frontdesk.test.FrontdeskIntegrationTest;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The FAQ API over HTTP on the demo base: search, read with versions, propose, review, and bad input. */
@FrontdeskIntegrationTest
class FaqApiIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Test
    void searchesTheDemoBaseInFrenchWithoutAccents() throws Exception {
        HttpResponse<String> response =
                get("agent", "/api/v1/faq/search?q=" + encode("revenu integration isole") + "&lang=fr");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode hits = JSON.readTree(response.body());
        assertThat(hits.get(0).get("question").asString()).contains("personne isolée");
        assertThat(hits.get(0).get("language").asString()).isEqualTo("FR");
        assertThat(hits.get(0).get("versionId").asLong()).isPositive();
    }

    @Test
    void answersBadInputWithAProblem() throws Exception {
        HttpResponse<String> response = get("agent", "/api/v1/faq/search?q=leefloon&lang=xx");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(get("manager", "/api/v1/faq/search?q=leefloon").statusCode()).isEqualTo(403);
    }

    @Test
    void anAgentProposesAndAnExpertPublishesWhileTheAuthorCannot() throws Exception {
        String draft = """
                {"domainCode": "ESF", "audience": "INTERNAL", "sourceLanguage": "NL", "reviewBy": null,
                 "translations": [{"language": "NL", "question": "Mag een ESF-project een voorschot krijgen?",
                                   "answerHtml": "<p onclick=\\"x()\\">Ja, na ondertekening.</p><script>x()</script>",
                                   "keywords": "voorschot"}]}
                """;
        HttpResponse<String> created = send("agent", "POST", "/api/v1/faq", draft);
        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode article = JSON.readTree(created.body());
        long id = article.get("id").asLong();
        assertThat(article.get("translations").get(0).get("answerHtml").asString())
                .isEqualTo("<p>Ja, na ondertekening.</p>");

        JsonNode submitted = JSON.readTree(send(
                        "agent",
                        "POST",
                        "/api/v1/faq/" + id + "/submit?version="
                                + article.get("version").asInt(),
                        "")
                .body());
        assertThat(submitted.get("status").asString()).isEqualTo("IN_REVIEW");
        int version = submitted.get("version").asInt();
        assertThat(send("agent", "POST", "/api/v1/faq/" + id + "/publish?version=" + version, "")
                        .statusCode())
                .isEqualTo(403);
        HttpResponse<String> published =
                send("expert", "POST", "/api/v1/faq/" + id + "/publish?version=" + version, "");
        assertThat(published.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(published.body())
                        .get("versions")
                        .get(0)
                        .get("number")
                        .asInt())
                .isEqualTo(1);
        assertThat(send("expert", "POST", "/api/v1/faq/" + id + "/publish?version=" + version, "")
                        .statusCode())
                .isEqualTo(409);
    }

    private HttpResponse<String> get(String user, String path) throws Exception {
        return CLIENT.send(request(user, path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> send(String user, String method, String path, String body) throws Exception {
        return CLIENT.send(
                request(user, path)
                        .header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String user, String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept-Language", "nl")
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

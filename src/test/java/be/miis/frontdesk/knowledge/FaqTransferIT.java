package be.miis.frontdesk.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import be.miis.frontdesk.test.FrontdeskIntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Export and import of the whole FAQ base over HTTP, on the demo base: round trip, all-or-nothing, roles. */
@FrontdeskIntegrationTest
class FaqTransferIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void exportsEveryArticleInEveryStatusWithItsTranslations() throws Exception {
        long draftId = createDraft("Mag een OCMW een huurwaarborg voorschieten?");

        HttpResponse<String> response = get("expert", "/api/v1/faq/export");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        JsonNode articles = JSON.readTree(response.body()).get("articles");
        assertThat(articles.size()).isEqualTo(count("faq_article"));
        JsonNode draft = byId(articles, draftId);
        assertThat(draft.get("status").asString()).isEqualTo("DRAFT");
        assertThat(draft.get("owner").asString()).isEqualTo("agent");
        assertThat(draft.get("translations")).hasSize(2);
        assertThat(draft.get("translations").get(1).get("language").asString()).isEqualTo("NL");
        assertThat(draft.get("translations").get(1).get("question").asString())
                .isEqualTo("Mag een OCMW een huurwaarborg voorschieten?");
        JsonNode published = articles.get(0);
        assertThat(published.get("status").asString()).isEqualTo("PUBLISHED");
        assertThat(published.get("publishedVersion").asInt()).isPositive();
        assertThat(published.get("translations").get(0).get("answerHtml").asString())
                .startsWith("<p>");
    }

    @Test
    void anAdministratorsMigrationImportsAnExportAsEqualCopiesAndPublishesThePublishedOnes() throws Exception {
        long draftId = createDraft("Kan een student met leefloon op kot gaan?");
        JsonNode exported = JSON.readTree(get("expert", "/api/v1/faq/export").body());
        ArrayNode originals = JSON.createArrayNode();
        originals.add(byId(exported.get("articles"), draftId));
        for (JsonNode article : exported.get("articles")) {
            if (originals.size() < 4 && article.get("status").asString().equals("PUBLISHED")) {
                originals.add(article);
            }
        }
        ObjectNode document = JSON.createObjectNode();
        document.put("exportedAt", exported.get("exportedAt").asString());
        document.set("articles", originals);
        long lastId = maxId();

        HttpResponse<String> imported =
                send("admin", "/api/v1/faq/import?migration=true", JSON.writeValueAsString(document));

        assertThat(imported.statusCode()).isEqualTo(200);
        JsonNode counts = JSON.readTree(imported.body());
        assertThat(counts.get("created").asInt()).isEqualTo(4);
        assertThat(counts.get("published").asInt()).isEqualTo(3);
        assertThat(counts.get("migration").asBoolean()).isTrue();
        List<JsonNode> copies = new ArrayList<>();
        JSON.readTree(get("expert", "/api/v1/faq/export").body())
                .get("articles")
                .forEach(article -> {
                    if (article.get("id").asLong() > lastId) {
                        copies.add(article);
                    }
                });
        assertThat(copies).hasSize(4);
        for (int i = 0; i < 4; i++) {
            assertThat(content(copies.get(i))).isEqualTo(content(originals.get(i)));
        }
        assertThat(copies.get(0).get("publishedVersion").asInt()).isZero();
        JsonNode copy = JSON.readTree(
                get("expert", "/api/v1/faq/" + copies.get(1).get("id").asLong()).body());
        assertThat(copy.get("status").asString()).isEqualTo("PUBLISHED");
        assertThat(copy.get("publishedVersion").asInt()).isEqualTo(1);
        // The administrator answers for the migration: the real user, on the versions and on the audit trail.
        assertThat(copy.get("versions").get(0).get("publishedBy").asString()).isEqualTo("admin");
        assertThat(jdbc.sql("""
                        select details from audit_event
                        where actor = 'admin' and action = 'IMPORTED' and target_type = 'faq'
                        order by id desc limit 1
                        """).query(String.class).single())
                .isEqualTo("migration of a FAQ base: 4 articles, 3 published, 0 in review");
        assertThat(copy.get("versions")).hasSize(copy.get("translations").size());
        assertThat(VocabularyRecount.wordsCountedWrong(jdbc))
                .as("the import recounts the search vocabulary rather than leaving it to the night")
                .isZero();
    }

    @Test
    void importedArticlesArriveInReviewAndNeitherTheImporterNorTheOwnerPublishesThem() throws Exception {
        String body = "["
                + article("PUBLISHED", "Wie keurt een ingevoerd artikel goed?", "<p>Een tweede expert.</p>")
                        .replace("\"owner\": \"expert\"", "\"owner\": \"AGENT\"")
                + ","
                + article("ARCHIVED", "Wat wordt van een gearchiveerd artikel?", "<p>Een ontwerp.</p>") + "]";
        long lastId = maxId();
        long versionsBefore = count("faq_article_version");

        HttpResponse<String> imported = send("expert", "/api/v1/faq/import", body);

        assertThat(imported.statusCode()).isEqualTo(200);
        JsonNode counts = JSON.readTree(imported.body());
        assertThat(counts.get("created").asInt()).isEqualTo(2);
        assertThat(counts.get("published").asInt()).isZero();
        assertThat(counts.get("inReview").asInt()).isEqualTo(1);
        assertThat(count("faq_article_version")).as("nothing published").isEqualTo(versionsBefore);
        List<Long> ids = jdbc.sql("select id from faq_article where id > :last order by id")
                .param("last", lastId)
                .query(Long.class)
                .list();
        JsonNode inReview =
                JSON.readTree(get("expert", "/api/v1/faq/" + ids.get(0)).body());
        assertThat(inReview.get("status").asString()).isEqualTo("IN_REVIEW");
        assertThat(inReview.get("owner").asString())
                .as("spelled as the account is")
                .isEqualTo("agent");
        assertThat(inReview.get("revisionEditors"))
                .extracting(JsonNode::asString)
                .containsExactly("agent", "expert");
        assertThat(JSON.readTree(get("expert", "/api/v1/faq/" + ids.get(1)).body())
                        .get("status")
                        .asString())
                .isEqualTo("DRAFT");

        HttpResponse<String> byImporter = send(
                "expert",
                "/api/v1/faq/" + ids.get(0) + "/publish?version="
                        + inReview.get("version").asInt(),
                "");
        assertThat(byImporter.statusCode()).isEqualTo(409);
        assertThat(JSON.readTree(byImporter.body()).get("detail").asString())
                .isEqualTo("U schreef mee aan deze versie: een expert die er niets aan schreef moet ze publiceren.");
    }

    @Test
    void anOwnerMustBeAnExistingUserAndOnlyAnAdministratorMigrates() throws Exception {
        String made = "["
                + article("DRAFT", "Van wie is dit artikel?", "<p>Van niemand.</p>")
                        .replace("\"owner\": \"expert\"", "\"owner\": \"olga\"")
                + "]";
        long articlesBefore = count("faq_article");

        HttpResponse<String> unknownOwner = send("expert", "/api/v1/faq/import", made);
        HttpResponse<String> expertMigrates = send(
                "expert",
                "/api/v1/faq/import?migration=true",
                "[" + article("PUBLISHED", "Mag een expert migreren?", "<p>Nee.</p>") + "]");

        assertThat(unknownOwner.statusCode()).isEqualTo(400);
        JsonNode error = JSON.readTree(unknownOwner.body()).get("errors").get(0);
        assertThat(error.get("field").asString()).isEqualTo("articles[0].owner");
        assertThat(error.get("message").asString()).contains("geen gebruiker");
        assertThat(expertMigrates.statusCode()).isEqualTo(403);
        assertThat(JSON.readTree(expertMigrates.body()).get("detail").asString())
                .isEqualTo("Alleen een beheerder migreert een hele FAQ-basis met haar publicaties.");
        assertThat(count("faq_article")).isEqualTo(articlesBefore);
    }

    @Test
    void oneBadArticleRefusesTheWholeImport() throws Exception {
        long articlesBefore = count("faq_article");
        long versionsBefore = count("faq_article_version");
        String valid = article("PUBLISHED", "Eerste geldige vraag?", "<p>Antwoord.</p>") + ","
                + article("DRAFT", "Tweede geldige vraag?", "<p>Antwoord.</p>") + ",";

        HttpResponse<String> tooLong = send(
                "expert",
                "/api/v1/faq/import",
                "[" + valid + article("PUBLISHED", "x".repeat(301), "<p>Te lange vraag.</p>") + "]");
        // Found only while publishing, after the first two were written: the transaction must take them back.
        HttpResponse<String> noAnswer = send(
                "expert", "/api/v1/faq/import", "[" + valid + article("PUBLISHED", "Vraag zonder antwoord?", "") + "]");

        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(tooLong.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode error = JSON.readTree(tooLong.body()).get("errors").get(0);
        assertThat(error.get("field").asString()).isEqualTo("articles[2].question");
        assertThat(error.get("message").asString()).contains("300");
        assertThat(noAnswer.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(noAnswer.body())
                        .get("errors")
                        .get(0)
                        .get("field")
                        .asString())
                .isEqualTo("articles[2].translations");
        assertThat(count("faq_article")).isEqualTo(articlesBefore);
        assertThat(count("faq_article_version")).isEqualTo(versionsBefore);
    }

    @Test
    void namesTheArticleThatIsMissingAFieldOrIsNoArticle() throws Exception {
        String missingAudience =
                article("DRAFT", "Vraag?", "<p>Antwoord.</p>").replace("\"audience\": \"INTERNAL\",", "");

        JsonNode missing = JSON.readTree(send("expert", "/api/v1/faq/import", "[" + missingAudience + "]")
                .body());
        HttpResponse<String> wrongType = send(
                "expert",
                "/api/v1/faq/import",
                "[" + article("DRAFT", "Vraag?", "<p>Antwoord.</p>") + ", {\"audience\": \"EVERYONE\"}]");

        assertThat(missing.get("errors").get(0).get("field").asString()).isEqualTo("articles[0].audience");
        assertThat(wrongType.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(wrongType.body())
                        .get("errors")
                        .get(0)
                        .get("field")
                        .asString())
                .isEqualTo("articles[1]");
        assertThat(send("expert", "/api/v1/faq/import", "{\"articles\": 3").statusCode())
                .isEqualTo(400);
    }

    @Test
    void onlyExpertsAndAdministratorsExportAndImport() throws Exception {
        assertThat(send("agent", "/api/v1/faq/import", "[]").statusCode()).isEqualTo(403);
        assertThat(send("manager", "/api/v1/faq/import", "[]").statusCode()).isEqualTo(403);
        HttpResponse<String> admin = send("admin", "/api/v1/faq/import", "[]");
        assertThat(admin.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(admin.body()).get("created").asInt()).isZero();
        assertThat(get("manager", "/api/v1/faq/export").statusCode()).isEqualTo(403);
        // Every draft and internal article: for those who move the base, not for the frontdesk.
        assertThat(get("agent", "/api/v1/faq/export").statusCode()).isEqualTo(403);
        assertThat(get("admin", "/api/v1/faq/export").statusCode()).isEqualTo(200);
    }

    @Test
    void removesScriptsFromImportedAnswers() throws Exception {
        String body = "["
                + article(
                        "PUBLISHED",
                        "Wie betaalt de installatiepremie terug?",
                        "<p onclick=\\\"steal()\\\">De Staat.</p><script>steal()</script>"
                                + "<a href=\\\"javascript:steal()\\\">meer</a>")
                + "]";
        long lastId = maxId();

        assertThat(send("admin", "/api/v1/faq/import?migration=true", body).statusCode())
                .isEqualTo(200);

        JsonNode article = JSON.readTree(get("agent", "/api/v1/faq/" + maxId()).body());
        assertThat(maxId()).isGreaterThan(lastId);
        String answer = article.get("translations").get(0).get("answerHtml").asString();
        assertThat(answer).startsWith("<p>De Staat.</p>").doesNotContain("script", "onclick", "javascript");
        assertThat(article.get("versions").get(0).get("answerHtml").asString()).isEqualTo(answer);
    }

    @Test
    void refusesAnImportOverTenMegabytes() throws Exception {
        String body = "[" + " ".repeat(10 * 1024 * 1024) + "]";

        HttpResponse<String> response = send("expert", "/api/v1/faq/import", body);

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(JSON.readTree(response.body()).get("detail").asString()).contains("10 MB");
    }

    private static String article(String status, String question, String answerHtml) {
        return """
                {"domainCode": "RMI", "audience": "INTERNAL", "sourceLanguage": "NL", "status": "%s",
                 "owner": "expert", "reviewBy": "2027-01-31",
                 "translations": [{"language": "NL", "question": "%s", "answerHtml": "%s", "keywords": "import"}]}
                """.formatted(status, question, answerHtml);
    }

    /** What an import must carry over; ids and version numbers are the target system's own. */
    private static JsonNode content(JsonNode article) {
        ObjectNode content = ((ObjectNode) article).deepCopy();
        content.remove(List.of("id", "publishedVersion"));
        return content;
    }

    private long createDraft(String question) throws Exception {
        String draft = """
                {"domainCode": "RMI", "audience": "PUBLIC", "sourceLanguage": "NL", "reviewBy": "2027-06-30",
                 "translations": [
                   {"language": "NL", "question": "%s", "answerHtml": "<p>Ja, onder voorwaarden.</p>",
                    "keywords": "huur, kot"},
                   {"language": "FR", "question": "Question en français ?", "answerHtml": "<p>Oui.</p>",
                    "keywords": "loyer"}]}
                """.formatted(question);
        HttpResponse<String> created = CLIENT.send(
                request("agent", "/api/v1/faq")
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(draft))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).isEqualTo(201);
        return JSON.readTree(created.body()).get("id").asLong();
    }

    private static JsonNode byId(JsonNode articles, long id) {
        for (JsonNode article : articles) {
            if (article.get("id").asLong() == id) {
                return article;
            }
        }
        throw new AssertionError("article " + id + " is not in the export");
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    private long maxId() {
        return jdbc.sql("select max(id) from faq_article").query(Long.class).single();
    }

    private HttpResponse<String> get(String user, String path) throws Exception {
        return CLIENT.send(request(user, path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> send(String user, String path, String body) throws Exception {
        return CLIENT.send(
                request(user, path)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
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
}

package be.miis.frontdesk.ticket.web;

import static org.assertj.core.api.Assertions.assertThat;

import be.miis.frontdesk.organisation.OrganisationService;
import be.miis.frontdesk.test.FrontdeskIntegrationTest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The ticket API as an integration calls it: HTTP Basic, JSON, problem details, keyset paging. */
@FrontdeskIntegrationTest
class TicketApiIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    OrganisationService organisations;

    @Test
    void createsReadsAnswersAndClosesATicket() throws Exception {
        long gent = organisations.search("44021", 1).get(0).id();

        HttpResponse<String> created = post("agent", "/api/v1/tickets", """
                {"channel":"EMAIL","domainCode":"HEATING_FUND","language":"NL","organisationId":%d,
                 "description":"Vraag via de API over het stookoliefonds","receivedAt":"2026-11-20T08:30:00Z"}
                """.formatted(gent), "nl");

        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode ticket = JSON.readTree(created.body());
        String reference = ticket.get("reference").asString();
        assertThat(created.headers().firstValue("Location")).hasValue("/api/v1/tickets/" + reference);
        assertThat(ticket.get("status").asString()).isEqualTo("NEW");
        assertThat(ticket.get("receivedAt").asString()).isEqualTo("2026-11-20T08:30:00Z");
        assertThat(ticket.get("subject").asString()).isEqualTo("Vraag via de API over het stookoliefonds");

        HttpResponse<String> closedTooEarly = post(
                "agent",
                "/api/v1/tickets/" + reference + "/close",
                "{\"version\":%d}".formatted(ticket.get("version").asInt()),
                "fr");
        assertThat(closedTooEarly.statusCode()).isEqualTo(409);
        assertThat(closedTooEarly.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(JSON.readTree(closedTooEarly.body()).get("detail").asString())
                .isEqualTo("Seul un ticket répondu peut être clôturé.");

        HttpResponse<String> answered = post(
                "expert",
                "/api/v1/tickets/" + reference + "/answers",
                "{\"version\":%d,\"text\":\"Zo zit het.\",\"channel\":\"EMAIL\"}"
                        .formatted(ticket.get("version").asInt()),
                "nl");
        assertThat(answered.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(answered.body()).get("status").asString()).isEqualTo("ANSWERED");

        HttpResponse<String> stale = post(
                "agent",
                "/api/v1/tickets/" + reference + "/close",
                "{\"version\":%d}".formatted(ticket.get("version").asInt()),
                "nl");
        assertThat(stale.statusCode()).as("written against an older version").isEqualTo(409);

        HttpResponse<String> read = get("agent", "/api/v1/tickets/" + reference);
        assertThat(JSON.readTree(read.body()).get("entries")).hasSize(3);
    }

    @Test
    void badInputIsAProblemWithAMessagePerFieldInTheCallersLanguage() throws Exception {
        HttpResponse<String> response = post(
                "agent", "/api/v1/tickets", "{\"channel\":\"PHONE\",\"language\":\"NL\",\"description\":\"\"}", "fr");

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode errors = JSON.readTree(response.body()).get("errors");
        assertThat(errors.findValuesAsString("field")).containsExactlyInAnyOrder("domainCode", "description");
        assertThat(errors.findValuesAsString("message")).contains("Choisissez un domaine.", "Tapez la question.");

        HttpResponse<String> unknown = post(
                "agent",
                "/api/v1/tickets",
                "{\"channel\":\"PHONE\",\"domainCode\":\"RMI\",\"language\":\"NL\",\"organisationId\":999999,"
                        + "\"description\":\"Vraag\"}",
                "nl");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(unknown.body())
                        .get("errors")
                        .get(0)
                        .get("field")
                        .asString())
                .isEqualTo("organisationId");

        assertThat(get("agent", "/api/v1/tickets/CMI-1999-000001").statusCode()).isEqualTo(404);
    }

    @Test
    void listsByKeysetPages() throws Exception {
        JsonNode first =
                JSON.readTree(get("agent", "/api/v1/tickets?view=ALL&size=5").body());
        String cursor = first.get("nextCursor").asString();
        JsonNode second = JSON.readTree(
                get("agent", "/api/v1/tickets?view=ALL&size=5&after=" + cursor).body());

        assertThat(first.get("items")).hasSize(5);
        assertThat(second.get("items")).hasSize(5);
        assertThat(second.get("items").get(0).get("receivedAt").asString())
                .isLessThanOrEqualTo(first.get("items").get(4).get("receivedAt").asString());
        assertThat(second.get("items").findValuesAsString("reference"))
                .doesNotContainAnyElementsOf(first.get("items").findValuesAsString("reference"));
    }

    @Test
    void onlyTheRolesThatWorkWithTicketsReachThem() throws Exception {
        assertThat(get("manager", "/api/v1/tickets").statusCode()).isEqualTo(403);
        assertThat(get("admin", "/api/v1/organisations?q=gent").statusCode()).isEqualTo(403);
        assertThat(get("agent", "/api/v1/organisations?q=gent").statusCode()).isEqualTo(200);
        HttpResponse<String> agentImport =
                api().post("agent", "/api/v1/organisations/import", "text/csv", "nis_code;name;region\n", "nl");
        assertThat(agentImport.statusCode()).isEqualTo(403);
    }

    @Test
    void anAnswerCitesAPublishedFaqVersionOrIsRefusedWithAProblem() throws Exception {
        long gent = organisations.search("44021", 1).get(0).id();
        JsonNode hit = JSON.readTree(get("agent", "/api/v1/faq/search?q=stookoliefonds&lang=nl")
                        .body())
                .get(0);
        long faqVersionId = hit.get("versionId").asLong();
        JsonNode ticket = JSON.readTree(
                post("agent", "/api/v1/tickets", """
                        {"channel":"PHONE","domainCode":"HEATING_FUND","language":"NL","organisationId":%d,
                         "description":"Wie heeft recht op het stookoliefonds?"}
                        """.formatted(gent), "nl").body());
        String answers = "/api/v1/tickets/" + ticket.get("reference").asString() + "/answers";

        HttpResponse<String> unknown = post(
                "agent",
                answers,
                "{\"version\":%d,\"text\":\"Zie FAQ\",\"channel\":\"PHONE\",\"faqVersionId\":999999}"
                        .formatted(ticket.get("version").asInt()),
                "fr");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("faqVersionId", "La réponse FAQ citée n'existe pas (plus)");

        HttpResponse<String> cited = post(
                "agent",
                answers,
                "{\"version\":%d,\"text\":\"Zie FAQ\",\"channel\":\"PHONE\",\"faqVersionId\":%d}"
                        .formatted(ticket.get("version").asInt(), faqVersionId),
                "nl");
        assertThat(cited.statusCode()).isEqualTo(200);
        JsonNode answer = JSON.readTree(cited.body()).get("entries").get(1);
        assertThat(answer.get("kind").asString()).isEqualTo("ANSWER");
        assertThat(answer.get("citation").get("versionId").asLong()).isEqualTo(faqVersionId);
        assertThat(answer.get("citation").get("articleId").asLong())
                .isEqualTo(hit.get("articleId").asLong());
    }

    private HttpResponse<String> post(String user, String path, String json, String language) throws Exception {
        return api().post(user, path, "application/json", json, language);
    }

    private HttpResponse<String> get(String user, String path) throws Exception {
        return api().get(user, path);
    }

    private ApiRequests api() {
        return new ApiRequests(port);
    }
}

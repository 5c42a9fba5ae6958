package be.miis.frontdesk.escalation;

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
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The calendar and queue API over real HTTP: the deadline engine's answers, closure days, problems. */
@FrontdeskIntegrationTest
class EscalationApiIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Test
    void answersTheDeadlinesOfTheAcceptanceCases() throws Exception {
        assertThat(deadline("2025-12-24T14:30:00Z")).isEqualTo("2025-12-29T14:30:00Z");
        assertThat(deadline("2026-04-03T07:00:00Z")).isEqualTo("2026-04-07T15:00:00Z");

        HttpResponse<String> zero = get("/api/v1/calendar/deadline?from=2026-04-03T07:00:00Z&workingDays=0", "fr");
        assertThat(zero.statusCode()).isEqualTo(400);
        assertThat(zero.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(zero.body()).contains("Le nombre de jours ouvrables est compris entre 1 et 30.");
        assertThat(get("/api/v1/calendar/deadline?from=yesterday", "nl").statusCode())
                .isEqualTo(400);
    }

    @Test
    void listsTheClosureDaysOfAYearWithTheirNames() throws Exception {
        JsonNode days = JSON.readTree(get("/api/v1/calendar/2026", "nl").body());
        List<String> dates = new ArrayList<>();
        days.forEach(day -> dates.add(day.get("date").asString()));
        assertThat(dates).contains("2026-04-06", "2026-05-14", "2026-05-25", "2026-07-21", "2026-11-15");
        assertThat(dates).doesNotContain("2026-11-02").isSorted();
        JsonNode kingsFeast = days.get(dates.indexOf("2026-11-15"));
        assertThat(kingsFeast.get("publicHoliday").asBoolean()).isFalse();
        assertThat(kingsFeast.get("nameFr").asString()).contains("Roi");
        assertThat(get("/api/v1/calendar/1850", "nl").statusCode()).isEqualTo(400);
    }

    @Test
    void listsQueuesAndTheirTicketsByDeadline() throws Exception {
        JsonNode queues = JSON.readTree(get("/api/v1/queues", "nl").body());
        List<String> codes = new ArrayList<>();
        queues.forEach(q -> codes.add(q.get("code").asString()));
        assertThat(codes).contains("RMI", "COMPLAINTS");

        long rmi = queues.get(codes.indexOf("RMI")).get("id").asLong();
        HttpResponse<String> page = get("/api/v1/queues/" + rmi + "/tickets?limit=3", "nl");
        assertThat(page.statusCode()).isEqualTo(200);
        JsonNode items = JSON.readTree(page.body()).get("items");
        assertThat(items.size()).isLessThanOrEqualTo(3);
        items.forEach(item -> assertThat(item.get("state").asString()).isIn("ON_TIME", "AT_RISK", "BREACHED"));
        assertThat(get("/api/v1/queues/987654/tickets", "nl").statusCode()).isEqualTo(404);
    }

    @Test
    void escalatesATicketToAQueueAndTheTicketJsonCarriesItsGuarantee() throws Exception {
        JsonNode created =
                JSON.readTree(send("POST", "/api/v1/tickets", """
                        {"channel": "EMAIL", "type": "QUESTION", "domainCode": "ESF", "language": "NL",
                         "description": "Welke kosten aanvaardt het ESF in het eindrapport?",
                         "receivedAt": "2026-06-15T07:00:00Z", "outcome": "OPEN"}
                        """, "nl").body());
        String reference = created.get("reference").asString();
        int version = created.get("version").asInt();
        assertThat(created.get("deadline").isNull()).isTrue();

        HttpResponse<String> noNote =
                send("POST", "/api/v1/tickets/" + reference + "/escalate", "{\"version\": " + version + "}", "fr");
        assertThat(noNote.statusCode()).isEqualTo(400);
        assertThat(noNote.body()).contains("note de transmission");
        HttpResponse<String> unknownQueue = send(
                "POST",
                "/api/v1/tickets/" + reference + "/escalate",
                "{\"version\": %d, \"queueId\": 987654, \"note\": \"x\"}".formatted(version),
                "nl");
        assertThat(unknownQueue.statusCode()).isEqualTo(400);
        assertThat(unknownQueue.body()).contains("queueId").contains("Kies een open wachtrij.");

        HttpResponse<String> escalated = send(
                "POST",
                "/api/v1/tickets/" + reference + "/escalate",
                "{\"version\": %d, \"priority\": \"HIGH\", \"note\": \"Checked the ESF guide.\"}".formatted(version),
                "nl");
        assertThat(escalated.statusCode()).isEqualTo(200);
        JsonNode ticket = JSON.readTree(escalated.body());
        assertThat(ticket.get("status").asString()).isEqualTo("ESCALATED");
        // Monday 15 June 2026 09:00 Brussels: due Tuesday 16 June 17:00, overdue since.
        assertThat(ticket.get("deadline").asString()).isEqualTo("2026-06-16T15:00:00Z");
        assertThat(ticket.get("slaState").asString()).isEqualTo("BREACHED");
        assertThat(ticket.get("workingTimeUsed").asString()).startsWith("PT");

        HttpResponse<String> again = send(
                "POST",
                "/api/v1/tickets/" + reference + "/escalate",
                "{\"version\": %d, \"note\": \"twice\"}"
                        .formatted(ticket.get("version").asInt()),
                "nl");
        assertThat(again.statusCode()).isEqualTo(409);
    }

    private HttpResponse<String> send(String method, String path, String body, String language) throws Exception {
        return CLIENT.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header(
                                "Authorization",
                                "Basic "
                                        + Base64.getEncoder()
                                                .encodeToString("agent:demo".getBytes(StandardCharsets.UTF_8)))
                        .header("Accept-Language", language)
                        .header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private String deadline(String from) throws Exception {
        HttpResponse<String> response = get("/api/v1/calendar/deadline?from=" + from + "&workingDays=2", "nl");
        assertThat(response.statusCode()).isEqualTo(200);
        return JSON.readTree(response.body()).get("deadline").asString();
    }

    private HttpResponse<String> get(String path, String language) throws Exception {
        return CLIENT.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header(
                                "Authorization",
                                "Basic "
                                        + Base64.getEncoder()
                                                .encodeToString("expert:demo".getBytes(StandardCharsets.UTF_8)))
                        .header("Accept-Language", language)
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}

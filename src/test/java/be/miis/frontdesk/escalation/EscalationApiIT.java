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

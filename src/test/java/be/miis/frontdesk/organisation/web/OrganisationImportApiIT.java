package be.miis.frontdesk.organisation.web;

import static org.assertj.core.api.Assertions.assertThat;

import be.miis.frontdesk.test.FrontdeskIntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The organisation import API takes what the upload page takes, and its report stays the size of a report. */
@FrontdeskIntegrationTest
class OrganisationImportApiIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Test
    void aFileLargerThanTheUploadPageTakesIsRefusedWhileItIsRead() throws Exception {
        byte[] body = new byte[20 * 1024 * 1024 + 1];

        HttpResponse<String> response = post("?dryRun=true", body);

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(JSON.readTree(response.body()).get("detail").asString()).contains("20 MB");
    }

    @Test
    void anEmptyFileIsSaidToBeEmpty() throws Exception {
        HttpResponse<String> response = post("?dryRun=true", new byte[0]);

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("detail").asString()).isEqualTo("Het bestand is leeg.");
        assertThat(response.body()).doesNotContainIgnoringCase("json");
    }

    @Test
    void aReportListsTenThousandProblemsAndCountsTheRest() throws Exception {
        StringBuilder csv = new StringBuilder("nis_code;name;region\n");
        // Three problems a line: no NIS code, no name, no region.
        for (int i = 0; i < 4_000; i++) {
            csv.append("x;;\n");
        }

        HttpResponse<String> response = post("?dryRun=true", csv.toString().getBytes(StandardCharsets.UTF_8));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode report = JSON.readTree(response.body());
        assertThat(report.get("problems").size()).isEqualTo(10_000);
        assertThat(report.get("problemCount").asInt()).isEqualTo(12_000);
        assertThat(report.get("problemsNotListed").asInt()).isEqualTo(2_000);
        assertThat(report.get("refusedLines").asInt()).isEqualTo(4_000);
    }

    private HttpResponse<String> post(String query, byte[] body) throws Exception {
        return CLIENT.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/organisations/import" + query))
                        .header("Content-Type", "text/csv")
                        .header("Accept-Language", "nl")
                        .header(
                                "Authorization",
                                "Basic "
                                        + Base64.getEncoder()
                                                .encodeToString("admin:demo".getBytes(StandardCharsets.UTF_8)))
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}

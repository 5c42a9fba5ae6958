package be.miis.frontdesk.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import be.miis.frontdesk.test.FrontdeskIntegrationTest;
import be.miis.frontdesk.test.WebSession;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The acceptance of issue #6 as a manager would try it: a year of history (a few thousand tickets) imported through
 * the API, then the overview shows, month by month, exactly the imported counts per channel, in its table, its
 * chart's data, its CSV and its XLSX, and in the monthly API.
 */
@FrontdeskIntegrationTest
class StatisticsImportIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** The channels in the overview's row order; a year no other test or demo ticket uses. */
    private static final List<String> CHANNELS = List.of("EMAIL", "PHONE", "WEB", "LETTER", "OTHER");

    private static final int YEAR = 2015;

    @LocalServerPort
    int port;

    @Autowired
    StatisticsRollup rollup;

    @Test
    void aYearOfImportedHistoryShowsMonthByMonthInTableChartCsvXlsxAndApi() throws Exception {
        long[][] expected = new long[12][CHANNELS.size()];
        StringBuilder csv = new StringBuilder(
                "reference,received_at,channel,type,domain,language,organisation_nis,subject,status,answered_at,escalated\n");
        Random random = new Random(2015);
        for (int i = 1; i <= 3_000; i++) {
            int channel = random.nextInt(10) < 4 ? 1 : random.nextInt(CHANNELS.size());
            LocalDateTime at = LocalDateTime.of(YEAR, 1 + random.nextInt(12), 1 + random.nextInt(28), 8, 0)
                    .plusMinutes(random.nextInt(600));
            expected[at.getMonthValue() - 1][channel]++;
            // Half in local Brussels time, half with an offset, as the issue allows both.
            String receivedAt = i % 2 == 0 ? at.toString().replace('T', ' ') : at + ":00+01:00";
            if (i % 2 == 1 && at.getMonthValue() > 3 && at.getMonthValue() < 11) {
                receivedAt = at + ":00+02:00"; // summer time: the same Brussels wall clock
            }
            csv.append("HIST-%d-%05d,%s,%s,QUESTION,RMI,nl,,Vraag uit het oude CRM,ANSWERED,,false\n"
                    .formatted(YEAR, i, receivedAt, CHANNELS.get(channel)));
        }
        HttpResponse<String> imported = CLIENT.send(
                HttpRequest.newBuilder(uri("/api/v1/import/tickets"))
                        .header("Authorization", basic("admin"))
                        .header("Content-Type", "text/csv")
                        .header("Accept", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(csv.toString()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        assertThat(JSON.readTree(imported.body()).get("imported").asLong()).isEqualTo(3_000);
        rollup.refresh();

        // The API, as JSON.
        String period = "from=" + YEAR + "-01&to=" + YEAR + "-12";
        JsonNode months = JSON.readTree(CLIENT.send(
                        HttpRequest.newBuilder(uri("/api/v1/statistics/monthly?" + period))
                                .header("Authorization", basic("manager"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body());
        for (int m = 0; m < 12; m++) {
            JsonNode month = months.get(m);
            assertThat(month.get("month").asString())
                    .isEqualTo(YearMonth.of(YEAR, m + 1).toString());
            for (int c = 0; c < CHANNELS.size(); c++) {
                assertThat(month.get(CHANNELS.get(c).toLowerCase()).asLong()).isEqualTo(expected[m][c]);
            }
        }

        // The page as the manager opens it: its table, and the data its chart is drawn from.
        WebSession manager = new WebSession(port).login("manager");
        Document page = Jsoup.parse(manager.get("/manager/statistics?" + period).body());
        JsonNode chart = JSON.readTree(page.getElementById("statistics-data").data());
        for (int c = 0; c < CHANNELS.size(); c++) {
            List<String> cells =
                    page.select("#breakdown-table tbody tr").get(c).select("td").eachText();
            JsonNode series = chart.get("series").get(c).get("values");
            for (int m = 0; m < 12; m++) {
                assertThat(Long.parseLong(cells.get(m).replaceAll("\\D", ""))).isEqualTo(expected[m][c]);
                assertThat(series.get(m).asLong()).isEqualTo(expected[m][c]);
            }
        }

        // The downloads.
        List<String> lines = manager.get("/manager/statistics/export?" + period + "&table=breakdown&format=csv")
                .body()
                .lines()
                .toList();
        byte[] xlsx = manager.getBytes("/manager/statistics/export?" + period + "&table=breakdown&format=xlsx")
                .body();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            for (int c = 0; c < CHANNELS.size(); c++) {
                String[] csvRow = lines.get(c + 1).split(",");
                for (int m = 0; m < 12; m++) {
                    assertThat(Long.parseLong(csvRow[m + 1])).isEqualTo(expected[m][c]);
                    assertThat((long) sheet.getRow(c + 1).getCell(m + 1).getNumericCellValue())
                            .isEqualTo(expected[m][c]);
                }
            }
        }

        // Importing the same file again changes nothing.
        HttpResponse<String> again = CLIENT.send(
                HttpRequest.newBuilder(uri("/api/v1/import/tickets"))
                        .header("Authorization", basic("admin"))
                        .header("Content-Type", "text/csv")
                        .POST(HttpRequest.BodyPublishers.ofString(csv.toString()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(JSON.readTree(again.body()).get("imported").asLong()).isZero();
        rollup.refresh();
        JsonNode after = JSON.readTree(CLIENT.send(
                        HttpRequest.newBuilder(uri("/api/v1/statistics/monthly?" + period))
                                .header("Authorization", basic("manager"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body());
        assertThat(after).isEqualTo(months);
    }

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
    }
}

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
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The statistics over real HTTP: the monthly API as JSON and CSV, its problems and its access rule, and the page's
 * tables against their CSV and XLSX downloads.
 */
@FrontdeskIntegrationTest
class StatisticsWebIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    StatisticsRollup rollup;

    @BeforeEach
    void countEverything() {
        rollup.refresh();
    }

    @Test
    void theMonthlyApiAnswersTheSameFiguresAsJsonAndAsCsvWithTheAgreedColumns() throws Exception {
        HttpResponse<String> json =
                api("manager", "/api/v1/statistics/monthly?from=2025-12&to=2026-11", "application/json");
        assertThat(json.statusCode()).isEqualTo(200);
        JsonNode months = JSON.readTree(json.body());
        assertThat(months.size()).isEqualTo(12);

        HttpResponse<String> csv = api("manager", "/api/v1/statistics/monthly?from=2025-12&to=2026-11", "text/csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        List<String> lines = csv.body().lines().toList();
        assertThat(lines.get(0))
                .isEqualTo("month,total,email,phone,web,letter,other,first_contact,escalated,within_sla,complaints");
        assertThat(lines).hasSize(13);

        long all = 0;
        for (int i = 0; i < 12; i++) {
            JsonNode month = months.get(i);
            List<String> values = new ArrayList<>();
            for (String column : lines.get(0).split(",")) {
                values.add(month.get(column).asString());
            }
            assertThat(String.join(",", values)).isEqualTo(lines.get(i + 1));
            long channels = 0;
            for (String channel : List.of("email", "phone", "web", "letter", "other")) {
                channels += month.get(channel).asLong();
            }
            assertThat(month.get("total").asLong()).isEqualTo(channels);
            assertThat(month.get("first_contact").asLong()
                            + month.get("escalated").asLong())
                    .isLessThanOrEqualTo(channels);
            all += channels;
        }
        assertThat(months.get(0).get("month").asString()).isEqualTo("2025-12");
        assertThat(all).as("the demo's year of tickets").isPositive();
    }

    @Test
    void aMonthThatIsNoMonthIsAProblemInTheCallersLanguageAndOnlyManagersMayAsk() throws Exception {
        HttpResponse<String> bad = api("manager", "/api/v1/statistics/monthly?from=2026-13", "application/json");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(JSON.readTree(bad.body()).get("errors").get(0).get("field").asString())
                .isEqualTo("from");

        HttpResponse<String> reversed =
                api("manager", "/api/v1/statistics/monthly?from=2026-06&to=2026-01", "text/csv");
        assertThat(reversed.statusCode()).isEqualTo(400);
        assertThat(reversed.body()).contains("to");

        assertThat(api("manager", "/api/v1/statistics/monthly?from=2010-01&to=2026-01", "application/json")
                        .statusCode())
                .as("more than 120 months")
                .isEqualTo(400);
        assertThat(api("agent", "/api/v1/statistics/monthly", "application/json")
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void thePagesTablesAreWhatTheCsvAndXlsxDownloadsHold() throws Exception {
        WebSession manager = new WebSession(port).login("manager");
        String query = "?from=2025-12&to=2026-11&view=DOMAIN";
        HttpResponse<String> page = manager.get("/manager/statistics" + query);
        assertThat(page.statusCode()).isEqualTo(200);
        var html = Jsoup.parse(page.body());

        for (String table : List.of("breakdown", "indicators")) {
            List<List<String>> shown = new ArrayList<>();
            for (Element row : html.select("#" + table + "-table tr")) {
                shown.add(row.select("th, td").eachText());
            }
            HttpResponse<String> csv =
                    manager.get("/manager/statistics/export" + query + "&table=" + table + "&format=csv");
            assertThat(csv.statusCode()).isEqualTo(200);
            assertThat(csv.headers().firstValue("Content-Disposition"))
                    .hasValueSatisfying(
                            d -> assertThat(d).contains("attachment").contains(".csv"));
            List<String> csvLines = csv.body().lines().toList();
            HttpResponse<byte[]> xlsx =
                    manager.getBytes("/manager/statistics/export" + query + "&table=" + table + "&format=xlsx");
            assertThat(xlsx.statusCode()).isEqualTo(200);

            try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
                Sheet sheet = workbook.getSheetAt(0);
                assertThat(sheet.getLastRowNum() + 1).isEqualTo(shown.size()).isEqualTo(csvLines.size());
                DataFormatter formatter = new DataFormatter();
                for (int r = 1; r < shown.size(); r++) {
                    List<String> pageRow = shown.get(r);
                    String[] csvRow = csvLines.get(r).split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)");
                    Row sheetRow = sheet.getRow(r);
                    assertThat(unquote(csvRow[0])).isEqualTo(pageRow.get(0));
                    assertThat(sheetRow.getCell(0).getStringCellValue()).isEqualTo(pageRow.get(0));
                    for (int c = 1; c < pageRow.size(); c++) {
                        String csvValue = c < csvRow.length ? csvRow[c] : "";
                        String shownValue = pageRow.get(c);
                        if (shownValue.matches("[\\d.\\s\u202f\u00a0]+")) {
                            // A count: the page groups thousands in the reader's way, the files hold the number.
                            long count = Long.parseLong(shownValue.replaceAll("[.\\s\u202f\u00a0]", ""));
                            assertThat(Long.parseLong(csvValue)).isEqualTo(count);
                            assertThat((long) sheetRow.getCell(c).getNumericCellValue())
                                    .isEqualTo(count);
                        } else if (shownValue.endsWith("%")) {
                            double share = Double.parseDouble(csvValue);
                            assertThat(shownValue)
                                    .isEqualTo(formatter
                                            .formatCellValue(sheetRow.getCell(c))
                                            .replace(".", ",")
                                            .replace("%", " %")
                                            .replace(",0 %", " %"));
                            assertThat(Math.abs(sheetRow.getCell(c).getNumericCellValue() - share))
                                    .isLessThan(0.0001);
                        } else if (shownValue.contains(":")) {
                            assertThat(csvValue).isEqualTo(shownValue);
                            assertThat(Math.round(sheetRow.getCell(c).getNumericCellValue() * 1440))
                                    .isEqualTo(minutes(shownValue));
                        } else {
                            assertThat(shownValue).isEqualTo("–");
                            assertThat(csvValue).isEmpty();
                            assertThat(sheetRow.getCell(c)).isNull();
                        }
                    }
                }
            }
        }
        // The domain table's total row equals the questions received in the indicators, month by month.
        List<String> total =
                html.select("#breakdown-table tbody tr").last().select("td").eachText();
        List<String> received =
                html.select("#indicators-table tbody tr").first().select("td").eachText();
        assertThat(total.subList(0, 12)).isEqualTo(received);
    }

    @Test
    void theExcelCsvHoldsThePlainCsvsCellsWithSemicolonsDecimalCommasAndAByteOrderMark() throws Exception {
        WebSession manager = new WebSession(port).login("manager");
        String query = "?from=2025-12&to=2026-11&view=DOMAIN";
        var html = Jsoup.parse(manager.get("/manager/statistics" + query).body());
        assertThat(html.select("a[data-export=breakdown-csv-excel]").eachText()).containsExactly("CSV (Excel)");
        for (String table : List.of("breakdown", "indicators")) {
            byte[] excel = manager.getBytes(
                            "/manager/statistics/export" + query + "&table=" + table + "&format=csv-excel")
                    .body();
            byte[] plain = manager.getBytes("/manager/statistics/export" + query + "&table=" + table + "&format=csv")
                    .body();
            assertThat(excel).startsWith(0xEF, 0xBB, 0xBF);
            assertThat(plain[0]).as("the plain CSV has no byte-order mark").isNotEqualTo((byte) 0xEF);
            List<List<String>> excelCells = cells(new String(excel, 3, excel.length - 3, StandardCharsets.UTF_8), ';');
            List<List<String>> plainCells = cells(new String(plain, StandardCharsets.UTF_8), ',');
            assertThat(excelCells).hasSameSizeAs(plainCells);
            for (int r = 0; r < plainCells.size(); r++) {
                List<String> expected = plainCells.get(r).stream()
                        .map(cell -> cell.matches("\\d+\\.\\d+") ? cell.replace('.', ',') : cell)
                        .toList();
                assertThat(excelCells.get(r)).isEqualTo(expected);
            }
        }
        // The manager reads French: the domains keep their accents through the BOM.
        String breakdown = new String(
                manager.getBytes("/manager/statistics/export" + query + "&table=breakdown&format=csv-excel")
                        .body(),
                StandardCharsets.UTF_8);
        assertThat(breakdown).contains("Économie sociale", "Fonds social européen");
        assertThat(manager.get("/manager/statistics/export" + query + "&table=breakdown&format=tsv")
                        .statusCode())
                .isEqualTo(400);
    }

    @Test
    void theXlsxSheetsAreNamedInTheReadersLanguage() throws Exception {
        WebSession manager = new WebSession(port).login("manager");
        String query = "?from=2025-12&to=2026-11&view=ORGANISATION";
        List<String> names = new ArrayList<>();
        for (String table : List.of("breakdown", "indicators")) {
            byte[] xlsx = manager.getBytes("/manager/statistics/export" + query + "&table=" + table + "&format=xlsx")
                    .body();
            try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
                names.add(workbook.getSheetName(0));
            }
        }
        // French, the manager's language; Excel's 31 characters end at a whole word.
        assertThat(names).containsExactly("Organisations ayant le plus de", "Indicateurs par mois");
    }

    private static List<List<String>> cells(String text, char delimiter) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(
                text, CSVFormat.RFC4180.builder().setDelimiter(delimiter).get())) {
            for (CSVRecord record : parser) {
                rows.add(record.toList());
            }
        }
        return rows;
    }

    @Test
    void aBadPeriodOnThePageIsExplainedAndTheDefaultYearShown() throws Exception {
        WebSession manager = new WebSession(port).login("manager");
        var html = Jsoup.parse(
                manager.get("/manager/statistics?from=2026-99&view=NOPE").body());
        // In the manager's own language (French in the demo), whatever the browser sends.
        assertThat(html.select("#error-summary li").eachText())
                .containsExactly(
                        "Indiquez un mois au format AAAA-MM.",
                        "Cette vue n'existe pas ; la vue par canal est affichée.");
        assertThat(html.select("#breakdown-table thead th time")).hasSize(12);
        assertThat(manager.get("/manager/statistics/export?from=2026-99").statusCode())
                .isEqualTo(400);
    }

    private static long minutes(String hoursAndMinutes) {
        String[] parts = hoursAndMinutes.split(":");
        return Long.parseLong(parts[0]) * 60 + Long.parseLong(parts[1]);
    }

    private static String unquote(String value) {
        return value.startsWith("\"") ? value.substring(1, value.length() - 1).replace("\"\"", "\"") : value;
    }

    private HttpResponse<String> api(String user, String path, String accept) throws Exception {
        return CLIENT.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Accept", accept)
                        .header("Accept-Language", "nl")
                        .header(
                                "Authorization",
                                "Basic "
                                        + Base64.getEncoder()
                                                .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}

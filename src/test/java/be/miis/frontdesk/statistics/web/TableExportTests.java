package be.miis.frontdesk.statistics.web;

import static org.assertj.core.api.Assertions.assertThat;

import be.miis.frontdesk.statistics.web.StatisticsTable.Kind;
import be.miis.frontdesk.statistics.web.StatisticsTable.Line;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** An organisation's name comes from an import: in a downloaded table it is text, never a formula. */
class TableExportTests {

    private static final String IMPORTED_NAME = "=HYPERLINK(\"http://evil.example\",\"OCMW Gent\")";

    private final StatisticsTable table = new StatisticsTable(
            "organisations",
            "Questions per organisation",
            "Organisations",
            "@organisation",
            List.of(YearMonth.of(2026, 10)),
            true,
            List.of(
                    new Line(IMPORTED_NAME, Kind.COUNT, List.of(7), 7, false),
                    new Line("Total", Kind.COUNT, List.of(7), 7, true)));

    @Test
    void csvCellsThatWouldRunAsFormulasAreText() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        TableExport.csv(table, out, CsvDialect.RFC_4180);

        assertThat(out.toString(StandardCharsets.UTF_8))
                .isEqualTo("'@organisation,2026-10,Total\r\n"
                        + "\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"OCMW Gent\"\")\",7,7\r\n"
                        + "Total,7,7\r\n");
    }

    @Test
    void xlsxCellsThatWouldRunAsFormulasAreText() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        TableExport.xlsx(table, out);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("'@organisation");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("'" + IMPORTED_NAME);
            assertThat(sheet.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(7);
        }
    }
}

package be.miis.frontdesk.shared;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Text from imports and forms reaches spreadsheets as text, never as a formula, through one helper only. */
class SpreadsheetCellsTests {

    @Test
    void textThatASpreadsheetWouldRunAsAFormulaIsWrittenAsText() {
        assertThat(SpreadsheetCells.text("=HYPERLINK(\"http://evil.example\",\"OCMW\")"))
                .isEqualTo("'=HYPERLINK(\"http://evil.example\",\"OCMW\")");
        assertThat(SpreadsheetCells.text("+32 2 508 85 85")).isEqualTo("'+32 2 508 85 85");
        assertThat(SpreadsheetCells.text("-2+3+cmd|' /C calc'!A0")).startsWith("'-");
        assertThat(SpreadsheetCells.text("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(SpreadsheetCells.text("\t=1+1")).isEqualTo("'\t=1+1");
        assertThat(SpreadsheetCells.text("\r=1+1")).isEqualTo("'\r=1+1");
        assertThat(SpreadsheetCells.text("OCMW Gent = CPAS de Gand")).isEqualTo("OCMW Gent = CPAS de Gand");
        assertThat(SpreadsheetCells.text("")).isEmpty();
        assertThat(SpreadsheetCells.text(null)).isEmpty();
    }

    @Test
    void csvRecordsKeepNumbersAndNeutraliseText() throws Exception {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
            SpreadsheetCells.printRecord(csv, Arrays.asList("=1+1", -3, 0.25, null, "Gent"));
        }

        assertThat(out.toString()).isEqualTo("'=1+1,-3,0.25,,Gent\r\n");
    }

    @Test
    void workbookTextCellsAreNeutralised() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Cell cell = workbook.createSheet().createRow(0).createCell(0);

            SpreadsheetCells.setText(cell, "@cmd");

            assertThat(cell.getStringCellValue()).isEqualTo("'@cmd");
        }
    }

    /** Every export goes through the helper: nothing else prints CSV records or puts text in a workbook cell. */
    @Test
    void noOtherClassWritesSpreadsheetTextItself() {
        JavaClasses main = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("be.miis.frontdesk");

        noClasses()
                .that()
                .doNotHaveFullyQualifiedName(SpreadsheetCells.class.getName())
                .should()
                .callMethodWhere(DescribedPredicate.describe(
                        "print to a CSVPrinter",
                        call -> call.getTarget().getOwner().isAssignableTo(CSVPrinter.class)
                                && List.of("print", "printRecord", "printRecords", "printComment", "printHeaders")
                                        .contains(call.getTarget().getName())))
                .orShould()
                .callMethod(Cell.class, "setCellValue", String.class)
                .because("text in a CSV or XLSX export must go through SpreadsheetCells (formula injection)")
                .check(main);
    }
}

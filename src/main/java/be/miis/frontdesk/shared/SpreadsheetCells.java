package be.miis.frontdesk.shared;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.jspecify.annotations.Nullable;

/**
 * The one way text goes into a CSV or XLSX file that people open in a spreadsheet. Text can come from an import or
 * a form (an organisation named {@code =HYPERLINK(…)}), and a spreadsheet runs a cell that starts with {@code =},
 * {@code +}, {@code -} or {@code @} as a formula, as well as one that starts with a tab or a carriage return after
 * which such a character follows (OWASP, "CSV injection"). Such text is written with a leading apostrophe, which
 * spreadsheets show as text and do not evaluate. Numbers are written as numbers. {@code SpreadsheetCellsTests}
 * checks that no other class writes CSV records or text cells.
 */
public final class SpreadsheetCells {

    private SpreadsheetCells() {}

    /** The text as a spreadsheet will show it, never as a formula. */
    public static String text(@Nullable String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        return switch (value.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + value;
            default -> value;
        };
    }

    /** One CSV record: numbers as they are, anything else as {@link #text(String)}; null as an empty cell. */
    public static void printRecord(CSVPrinter csv, List<?> values) throws IOException {
        List<Object> record = new ArrayList<>(values.size());
        for (Object value : values) {
            record.add(value instanceof Number ? value : text(value == null ? null : value.toString()));
        }
        csv.printRecord(record);
    }

    /** A text cell of a workbook. */
    public static void setText(Cell cell, @Nullable String value) {
        cell.setCellValue(text(value));
    }
}

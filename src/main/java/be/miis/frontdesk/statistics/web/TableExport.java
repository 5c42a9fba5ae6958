package be.miis.frontdesk.statistics.web;

import be.miis.frontdesk.shared.SpreadsheetCells;
import be.miis.frontdesk.statistics.web.StatisticsTable.Line;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jspecify.annotations.Nullable;

/**
 * Writes a statistics table as CSV or XLSX, row for row as the page shows it: months as {@code yyyy-MM}, counts as
 * whole numbers, shares as fractions (a percentage style in XLSX), working times as hours and minutes. Labels are
 * names people typed or imported (organisations, domains), so they go through {@link SpreadsheetCells}.
 */
final class TableExport {

    private static final int WINDOW = 200;
    private static final int MAX_SHEET_NAME = 31;

    private TableExport() {}

    static void csv(StatisticsTable table, OutputStream out, CsvDialect dialect) throws IOException {
        try (CSVPrinter csv = dialect.printer(out)) {
            SpreadsheetCells.printRecord(csv, header(table));
            for (Line line : table.lines()) {
                List<String> record = new ArrayList<>();
                record.add(line.label());
                for (Number value : line.values()) {
                    record.add(csvValue(line.kind(), value, dialect));
                }
                if (table.totals()) {
                    record.add(csvValue(line.kind(), line.total(), dialect));
                }
                SpreadsheetCells.printRecord(csv, record);
            }
        }
    }

    private static List<String> header(StatisticsTable table) {
        List<String> header = new ArrayList<>();
        header.add(table.firstColumn());
        table.months().stream().map(YearMonth::toString).forEach(header::add);
        if (table.totals()) {
            header.add(
                    table.totalColumn() != null
                            ? table.totalColumn()
                            : table.lines().get(table.lines().size() - 1).label());
        }
        return header;
    }

    private static String csvValue(StatisticsTable.Kind kind, @Nullable Number value, CsvDialect dialect) {
        if (value == null) {
            return "";
        }
        return switch (kind) {
            case COUNT -> Long.toString(value.longValue());
            case SHARE ->
                dialect.decimal(BigDecimal.valueOf(value.doubleValue()).setScale(4, RoundingMode.HALF_UP));
            case MINUTES -> hoursAndMinutes(value.intValue());
            case SCORE ->
                dialect.decimal(BigDecimal.valueOf(value.doubleValue()).setScale(2, RoundingMode.HALF_UP));
        };
    }

    static String hoursAndMinutes(int minutes) {
        return "%d:%02d".formatted(minutes / 60, minutes % 60);
    }

    /** Excel allows 31 characters and none of : \ / ? * [ ] in a sheet name: a longer name ends at a whole word. */
    static String sheetName(String name) {
        String safe = WorkbookUtil.createSafeSheetName(name.strip(), ' ');
        if (name.strip().length() <= MAX_SHEET_NAME) {
            return safe;
        }
        int lastSpace = safe.lastIndexOf(' ');
        return lastSpace > 0 ? safe.substring(0, lastSpace) : safe;
    }

    /** Streams the workbook: SXSSF keeps a window of rows in memory, however long the table. */
    static void xlsx(StatisticsTable table, OutputStream out) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
        try {
            Sheet sheet = workbook.createSheet(sheetName(table.sheet()));
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle heading = workbook.createCellStyle();
            heading.setFont(bold);
            CellStyle share = workbook.createCellStyle();
            share.setDataFormat(workbook.createDataFormat().getFormat("0.0%"));
            CellStyle duration = workbook.createCellStyle();
            duration.setDataFormat(workbook.createDataFormat().getFormat("[h]:mm"));
            CellStyle score = workbook.createCellStyle();
            score.setDataFormat(workbook.createDataFormat().getFormat("0.0"));

            Row headerRow = sheet.createRow(0);
            List<String> header = header(table);
            for (int i = 0; i < header.size(); i++) {
                Cell cell = headerRow.createCell(i);
                SpreadsheetCells.setText(cell, header.get(i));
                cell.setCellStyle(heading);
            }
            int r = 1;
            for (Line line : table.lines()) {
                Row row = sheet.createRow(r++);
                Cell label = row.createCell(0);
                SpreadsheetCells.setText(label, line.label());
                if (line.emphasised()) {
                    label.setCellStyle(heading);
                }
                List<@Nullable Number> values = new ArrayList<>(line.values());
                if (table.totals()) {
                    values.add(line.total());
                }
                for (int i = 0; i < values.size(); i++) {
                    Number value = values.get(i);
                    if (value == null) {
                        continue;
                    }
                    Cell cell = row.createCell(i + 1);
                    switch (line.kind()) {
                        case COUNT -> cell.setCellValue(value.longValue());
                        case SHARE -> {
                            cell.setCellValue(value.doubleValue());
                            cell.setCellStyle(share);
                        }
                        case MINUTES -> {
                            // A spreadsheet time is a fraction of a day; [h]:mm shows hours past 24.
                            cell.setCellValue(value.intValue() / 1440.0);
                            cell.setCellStyle(duration);
                        }
                        case SCORE -> {
                            cell.setCellValue(value.doubleValue());
                            cell.setCellStyle(score);
                        }
                    }
                }
            }
            workbook.write(out);
        } finally {
            workbook.close();
        }
    }
}

package be.miis.frontdesk.quality.web;

import be.miis.frontdesk.identity.FrontdeskUser;
import be.miis.frontdesk.quality.ComplaintFigures;
import be.miis.frontdesk.quality.ComplaintService;
import be.miis.frontdesk.quality.RootCause;
import be.miis.frontdesk.shared.BusinessTime;
import be.miis.frontdesk.shared.DomainCatalogue;
import be.miis.frontdesk.shared.DomainView;
import be.miis.frontdesk.shared.NotFoundException;
import be.miis.frontdesk.shared.SpreadsheetCells;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The managers' annual complaints report (docs/complaints.md, "Figures"): a printable page (two A4 pages, the
 * figures then the lessons learned) and the same tables as an XLSX workbook.
 */
@Controller
class ComplaintReportController {

    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;

    private final ComplaintService complaints;
    private final DomainCatalogue domains;
    private final MessageSource messages;
    private final Clock clock;

    ComplaintReportController(
            ComplaintService complaints, DomainCatalogue domains, MessageSource messages, Clock clock) {
        this.complaints = complaints;
        this.domains = domains;
        this.messages = messages;
        this.clock = clock;
    }

    /** A report of a year outside any the service can have: 404, as a month without a page. */
    static final class NoSuchYearException extends NotFoundException {
        NoSuchYearException(int year) {
            super("No complaints report for " + year);
        }
    }

    @GetMapping("/manager/complaints")
    String report(
            @RequestParam(required = false) @Nullable Integer year,
            @AuthenticationPrincipal FrontdeskUser user,
            Locale locale,
            Model model) {
        Report report = report(year, user, locale);
        model.addAttribute("report", report);
        model.addAttribute("figures", report.figures());
        return "quality/report";
    }

    @GetMapping("/manager/complaints/export")
    ResponseEntity<StreamingResponseBody> export(
            @RequestParam(required = false) @Nullable Integer year,
            @AuthenticationPrincipal FrontdeskUser user,
            Locale locale) {
        Report report = report(year, user, locale);
        StreamingResponseBody body = out -> xlsx(report, locale, out);
        return ResponseEntity.ok()
                .contentType(
                        MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("complaints-" + report.figures().year() + ".xlsx")
                                .build()
                                .toString())
                .body(body);
    }

    /** The year's figures with every label in the reader's language. */
    record Report(
            ComplaintFigures figures,
            List<String> monthNames,
            Map<Long, String> rootCauses,
            List<Breakdown> breakdowns,
            List<Integer> years) {

        public String rootCause(Long id) {
            return rootCauses.getOrDefault(id, "—");
        }
    }

    /** One of the year's breakdowns (outcome, channel, root cause, domain): its lines, labelled, in order. */
    record Breakdown(String id, String captionKey, List<Line> lines) {}

    record Line(String label, long count) {}

    private Report report(@Nullable Integer year, FrontdeskUser user, Locale locale) {
        int current = LocalDate.now(clock.withZone(BusinessTime.ZONE)).getYear();
        int shown = year == null ? current : year;
        if (shown < FIRST_YEAR || shown > LAST_YEAR) {
            throw new NoSuchYearException(shown);
        }
        ComplaintFigures figures = complaints.figures(shown, user.getUsername());
        List<String> monthNames = figures.months().stream()
                .map(m -> m.month().getMonth().getDisplayName(TextStyle.FULL_STANDALONE, locale))
                .toList();
        List<Integer> years = new ArrayList<>();
        for (int y = current; y >= current - 4; y--) {
            years.add(y);
        }
        Map<Long, String> causes = complaints.rootCauses().stream()
                .collect(Collectors.toMap(RootCause::id, c -> c.name(locale), (a, b) -> a));
        Map<String, String> domainNames = domains.findAll().stream()
                .collect(Collectors.toMap(DomainView::code, d -> d.name(locale), (a, b) -> a));
        Function<String, String> t = key -> messages.getMessage(key, null, locale);
        List<Breakdown> breakdowns = List.of(
                breakdown(
                        "outcomes",
                        "quality.report.byOutcome",
                        figures.byOutcome(),
                        o -> t.apply("quality.outcome." + o)),
                breakdown(
                        "channels",
                        "quality.report.byChannel",
                        figures.byChannel(),
                        c -> t.apply("ticket.channel." + c)),
                breakdown(
                        "root-causes",
                        "quality.report.byRootCause",
                        figures.byRootCause(),
                        id -> causes.getOrDefault(id, "—")),
                breakdown(
                        "domains",
                        "quality.report.byDomain",
                        figures.byDomain(),
                        code -> domainNames.getOrDefault(code, code)));
        return new Report(figures, monthNames, causes, breakdowns, years);
    }

    private static <K> Breakdown breakdown(
            String id, String captionKey, Map<K, Long> counts, Function<K, String> label) {
        return new Breakdown(
                id,
                captionKey,
                counts.entrySet().stream()
                        .map(e -> new Line(label.apply(e.getKey()), e.getValue()))
                        .toList());
    }

    private void xlsx(Report report, Locale locale, OutputStream out) throws IOException {
        Function<String, String> t = key -> messages.getMessage(key, null, locale);
        ComplaintFigures f = report.figures();
        try (Workbook workbook = new XSSFWorkbook()) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle heading = workbook.createCellStyle();
            heading.setFont(bold);
            CellStyle share = workbook.createCellStyle();
            share.setDataFormat(workbook.createDataFormat().getFormat("0.0%"));

            Sheet months = workbook.createSheet(t.apply("quality.report.sheet.months"));
            List<String> columns = List.of(
                    "quality.report.month",
                    "quality.report.received",
                    "quality.outcome.FOUNDED",
                    "quality.outcome.PARTLY_FOUNDED",
                    "quality.outcome.UNFOUNDED",
                    "quality.complaint.inadmissible",
                    "quality.report.open",
                    "quality.report.acknowledgedInTime",
                    "quality.report.acknowledgedLate",
                    "quality.report.answeredInTime",
                    "quality.report.answeredLate",
                    "quality.report.answeredInTimeShare");
            header(months, columns.stream().map(t).toList(), heading);
            for (int i = 0; i <= f.months().size(); i++) {
                boolean total = i == f.months().size();
                ComplaintFigures.Month m = total ? f.total() : f.months().get(i);
                Row row = months.createRow(i + 1);
                SpreadsheetCells.setText(
                        row.createCell(0),
                        total
                                ? t.apply("quality.report.total")
                                : report.monthNames().get(i));
                long[] values = {
                    m.received(),
                    m.founded(),
                    m.partlyFounded(),
                    m.unfounded(),
                    m.inadmissible(),
                    m.open(),
                    m.acknowledgedInTime(),
                    m.acknowledgedLate(),
                    m.answeredInTime(),
                    m.answeredLate()
                };
                for (int c = 0; c < values.length; c++) {
                    row.createCell(c + 1).setCellValue(values[c]);
                }
                if (m.answeredInTimeShare() != null) {
                    Cell cell = row.createCell(values.length + 1);
                    cell.setCellValue(m.answeredInTimeShare());
                    cell.setCellStyle(share);
                }
            }

            Sheet breakdown = workbook.createSheet(t.apply("quality.report.sheet.breakdowns"));
            int r = 0;
            for (Breakdown b : report.breakdowns()) {
                r = block(breakdown, r, t.apply(b.captionKey()), heading, b.lines());
            }

            Sheet lessons = workbook.createSheet(t.apply("quality.report.sheet.lessons"));
            header(
                    lessons,
                    List.of(
                            t.apply("quality.complaint.reference"),
                            t.apply("quality.report.month"),
                            t.apply("quality.complaint.outcome"),
                            t.apply("quality.complaint.rootCause"),
                            t.apply("quality.complaint.actionTaken")),
                    heading);
            int l = 1;
            DateTimeFormatter monthFormat = DateTimeFormatter.ofPattern("yyyy-MM");
            for (ComplaintFigures.Lesson lesson : f.lessons()) {
                Row row = lessons.createRow(l++);
                SpreadsheetCells.setText(row.createCell(0), lesson.reference());
                SpreadsheetCells.setText(row.createCell(1), monthFormat.format(lesson.month()));
                SpreadsheetCells.setText(row.createCell(2), t.apply("quality.outcome." + lesson.outcome()));
                SpreadsheetCells.setText(row.createCell(3), report.rootCause(lesson.rootCauseId()));
                SpreadsheetCells.setText(row.createCell(4), lesson.action());
            }
            workbook.write(out);
        }
    }

    private static void header(Sheet sheet, List<String> titles, CellStyle heading) {
        Row row = sheet.createRow(0);
        for (int i = 0; i < titles.size(); i++) {
            Cell cell = row.createCell(i);
            SpreadsheetCells.setText(cell, titles.get(i));
            cell.setCellStyle(heading);
        }
    }

    private static int block(Sheet sheet, int start, String title, CellStyle heading, List<Line> lines) {
        Cell titleCell = sheet.createRow(start).createCell(0);
        SpreadsheetCells.setText(titleCell, title);
        titleCell.setCellStyle(heading);
        int r = start + 1;
        for (Line line : lines) {
            Row row = sheet.createRow(r++);
            SpreadsheetCells.setText(row.createCell(0), line.label());
            row.createCell(1).setCellValue(line.count());
        }
        return r + 1;
    }
}

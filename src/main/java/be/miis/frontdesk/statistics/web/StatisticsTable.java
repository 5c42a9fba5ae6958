package be.miis.frontdesk.statistics.web;

import java.text.NumberFormat;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A table of the statistics as the manager reads it: the page, the CSV and the XLSX are all written from this one
 * model, so they cannot disagree. {@code sheet} names the XLSX sheet in the reader's language. Values stay numbers (counts, shares between 0 and 1, working minutes); each
 * output formats them its own way.
 */
public record StatisticsTable(
        String name,
        String title,
        String sheet,
        String firstColumn,
        List<YearMonth> months,
        boolean totals,
        List<Line> lines,
        @Nullable String totalColumn) {

    /** A table whose totals column is named after its last line (the breakdown's "Total" line). */
    public StatisticsTable(
            String name,
            String title,
            String sheet,
            String firstColumn,
            List<YearMonth> months,
            boolean totals,
            List<Line> lines) {
        this(name, title, sheet, firstColumn, months, totals, lines, null);
    }

    public enum Kind {
        COUNT,
        SHARE,
        MINUTES,
        /** An average score, such as customer satisfaction from 1 to 5: one decimal. */
        SCORE
    }

    /** One line: its label, what its values are, a value per month and, for counts, the period's total. */
    public record Line(
            String label,
            Kind kind,
            List<@Nullable Number> values,
            @Nullable Number total,
            boolean emphasised) {

        /** The month's value as the page shows it, in the reader's language; a dash when there is none. */
        public String text(int monthIndex, Locale locale) {
            return format(kind, values.get(monthIndex), locale);
        }

        public String totalText(Locale locale) {
            return format(kind, total, locale);
        }
    }

    static String format(Kind kind, @Nullable Number value, Locale locale) {
        if (value == null) {
            return "–";
        }
        return switch (kind) {
            case COUNT -> NumberFormat.getIntegerInstance(locale).format(value.longValue());
            case SHARE -> {
                NumberFormat percent = NumberFormat.getPercentInstance(locale);
                percent.setMaximumFractionDigits(1);
                yield percent.format(value.doubleValue());
            }
            case MINUTES -> TableExport.hoursAndMinutes(value.intValue());
            case SCORE -> {
                NumberFormat score = NumberFormat.getNumberInstance(locale);
                score.setMinimumFractionDigits(1);
                score.setMaximumFractionDigits(1);
                yield score.format(value.doubleValue());
            }
        };
    }
}

package be.miis.frontdesk.statistics;

import be.miis.frontdesk.shared.InvalidInputException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Stream;

/** The months a statistic covers, both included. */
public record MonthRange(YearMonth from, YearMonth to) {

    /** More columns than a manager can read, and a bound on the work a request can ask for. */
    public static final int MAX_MONTHS = 120;

    public MonthRange {
        if (to.isBefore(from)) {
            throw new InvalidMonthRangeException("to", "statistics.range.reversed");
        }
        if (ChronoUnit.MONTHS.between(from, to) >= MAX_MONTHS) {
            throw new InvalidMonthRangeException("from", "statistics.range.tooLong");
        }
    }

    /** The twelve months up to and including the given one. */
    public static MonthRange lastTwelve(YearMonth current) {
        return new MonthRange(current.minusMonths(11), current);
    }

    public List<YearMonth> months() {
        return Stream.iterate(from, m -> !m.isAfter(to), m -> m.plusMonths(1)).toList();
    }

    LocalDate firstDay() {
        return from.atDay(1);
    }

    LocalDate lastFirstDay() {
        return to.atDay(1);
    }

    /** A period that cannot be counted: reversed, or longer than {@link #MAX_MONTHS}. */
    public static final class InvalidMonthRangeException extends InvalidInputException {
        public InvalidMonthRangeException(String field, String messageKey) {
            super(field, messageKey);
        }
    }
}

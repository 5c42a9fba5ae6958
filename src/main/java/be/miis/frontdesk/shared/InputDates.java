package be.miis.frontdesk.shared;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The dates the application takes from its users: 2000 to 2100. Nothing the contact centre handles lies outside
 * it (the business calendar is computed for these years), and a date far outside is a typing error or an attack:
 * year 0001 was stored as a receipt, year +999999999 broke the database query. See docs/bad-input.md.
 */
public final class InputDates {

    public static final LocalDate FIRST = LocalDate.of(2000, 1, 1);
    public static final LocalDate LAST = LocalDate.of(2100, 12, 31);

    /** The message key that explains the refusal. */
    public static final String REFUSED_KEY = "input.date.range";

    private InputDates() {}

    /** True for a date before 2000 or after 2100; null (no date given) is not outside. */
    public static boolean isOutside(@Nullable LocalDate date) {
        return date != null && (date.isBefore(FIRST) || date.isAfter(LAST));
    }

    /** True for an instant before 2000 or after 2100 in Brussels. */
    public static boolean isOutside(@Nullable Instant instant) {
        return instant != null
                && (instant.isBefore(FIRST.atStartOfDay(BusinessTime.ZONE).toInstant())
                        || !instant.isBefore(
                                LAST.plusDays(1).atStartOfDay(BusinessTime.ZONE).toInstant()));
    }
}

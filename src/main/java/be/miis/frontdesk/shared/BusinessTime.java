package be.miis.frontdesk.shared;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** The contact centre's time zone: months, opening hours and displayed times are Brussels time. */
public final class BusinessTime {

    public static final ZoneId ZONE = ZoneId.of("Europe/Brussels");

    private BusinessTime() {}

    /**
     * A day written out in a customer's language, in Brussels ("3 décembre 2026"): what mails and portal pages say
     * of deadlines and expiries.
     */
    public static String longDate(Instant instant, ContentLanguage language) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(Locale.forLanguageTag(language.code()))
                .format(instant.atZone(ZONE));
    }
}

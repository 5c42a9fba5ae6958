package be.miis.frontdesk.escalation.web;

import be.miis.frontdesk.escalation.InvalidCalendarException;
import be.miis.frontdesk.escalation.OpeningInterval;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Opening hours as an admin types them, one field per weekday: intervals "09:00-12:00, 13:00-17:00" (a dash or an
 * en dash), empty for a closed day. A text field per day is faster to fill with the keyboard than pairs of time
 * pickers, and a lunch break is just a second interval.
 */
final class OpeningHoursText {

    private static final Pattern INTERVAL = Pattern.compile("(\\d{1,2}:\\d{2})\\s*[-–]\\s*(\\d{1,2}:\\d{2})");

    private OpeningHoursText() {}

    /** Field name (monday … sunday) → the day's intervals as text, Monday first. */
    static Map<String, String> format(Map<DayOfWeek, List<OpeningInterval>> hours) {
        Map<String, String> text = new LinkedHashMap<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            text.put(
                    field(day),
                    hours.getOrDefault(day, List.of()).stream()
                            .map(i -> i.opens() + "-" + i.closes())
                            .collect(Collectors.joining(", ")));
        }
        return text;
    }

    /** @throws InvalidCalendarException when a day's text is not a list of intervals */
    static Map<DayOfWeek, List<OpeningInterval>> parse(Map<String, String> form) {
        Map<DayOfWeek, List<OpeningInterval>> hours = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            String value = form.getOrDefault(field(day), "").strip();
            List<OpeningInterval> intervals = new ArrayList<>();
            if (!value.isEmpty()) {
                for (String part : value.split("[,;]")) {
                    Matcher m = INTERVAL.matcher(part.strip());
                    if (!m.matches()) {
                        throw InvalidCalendarException.forParameter(field(day), "escalation.hours.format");
                    }
                    intervals.add(interval(time(m.group(1), day), time(m.group(2), day), day));
                }
            }
            hours.put(day, intervals);
        }
        return hours;
    }

    /** An interval that closes before it opens is refused as that weekday's error. */
    private static OpeningInterval interval(LocalTime opens, LocalTime closes, DayOfWeek day) {
        try {
            return new OpeningInterval(opens, closes);
        } catch (InvalidCalendarException e) {
            throw InvalidCalendarException.forParameter(field(day), e.messageKey());
        }
    }

    private static LocalTime time(String text, DayOfWeek day) {
        try {
            return LocalTime.parse(text.length() == 4 ? "0" + text : text);
        } catch (DateTimeParseException e) {
            throw InvalidCalendarException.forParameter(field(day), "escalation.hours.format");
        }
    }

    static String field(DayOfWeek day) {
        return day.name().toLowerCase(Locale.ROOT);
    }
}

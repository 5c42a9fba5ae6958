package be.miis.frontdesk.escalation.web;

import be.miis.frontdesk.escalation.InvalidCalendarException;
import be.miis.frontdesk.escalation.OpeningInterval;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Opening hours as an admin types them, one field per weekday: intervals "09:00-12:00, 13:00-17:00" (a dash or an
 * en dash), empty for a closed day. A text field per day is faster to fill with the keyboard than pairs of time
 * pickers, and a lunch break is just a second interval.
 */
class OpeningHoursForm {

    /** The field names, Monday first: the weekdays in lower case, as the form posts them. */
    static final List<String> DAYS =
            Arrays.stream(DayOfWeek.values()).map(OpeningHoursForm::field).toList();

    private static final Pattern INTERVAL = Pattern.compile("(\\d{1,2}:\\d{2})\\s*[-–]\\s*(\\d{1,2}:\\d{2})");

    private final Map<DayOfWeek, String> text = new EnumMap<>(DayOfWeek.class);

    static OpeningHoursForm of(Map<DayOfWeek, List<OpeningInterval>> hours) {
        OpeningHoursForm form = new OpeningHoursForm();
        hours.forEach((day, intervals) -> form.text.put(
                day, intervals.stream().map(i -> i.opens() + "-" + i.closes()).collect(Collectors.joining(", "))));
        return form;
    }

    /** @throws InvalidCalendarException naming the weekday whose text is not a list of intervals */
    Map<DayOfWeek, List<OpeningInterval>> toHours() {
        Map<DayOfWeek, List<OpeningInterval>> hours = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            String value = get(day).strip();
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

    /** The weekdays' field names, for the template (read-only: nothing is bound to it). */
    public List<String> getDays() {
        return DAYS;
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

    private static String field(DayOfWeek day) {
        return day.name().toLowerCase(Locale.ROOT);
    }

    private String get(DayOfWeek day) {
        return text.getOrDefault(day, "");
    }

    private void set(DayOfWeek day, @Nullable String value) {
        text.put(day, value == null ? "" : value);
    }

    public String getMonday() {
        return get(DayOfWeek.MONDAY);
    }

    public void setMonday(@Nullable String value) {
        set(DayOfWeek.MONDAY, value);
    }

    public String getTuesday() {
        return get(DayOfWeek.TUESDAY);
    }

    public void setTuesday(@Nullable String value) {
        set(DayOfWeek.TUESDAY, value);
    }

    public String getWednesday() {
        return get(DayOfWeek.WEDNESDAY);
    }

    public void setWednesday(@Nullable String value) {
        set(DayOfWeek.WEDNESDAY, value);
    }

    public String getThursday() {
        return get(DayOfWeek.THURSDAY);
    }

    public void setThursday(@Nullable String value) {
        set(DayOfWeek.THURSDAY, value);
    }

    public String getFriday() {
        return get(DayOfWeek.FRIDAY);
    }

    public void setFriday(@Nullable String value) {
        set(DayOfWeek.FRIDAY, value);
    }

    public String getSaturday() {
        return get(DayOfWeek.SATURDAY);
    }

    public void setSaturday(@Nullable String value) {
        set(DayOfWeek.SATURDAY, value);
    }

    public String getSunday() {
        return get(DayOfWeek.SUNDAY);
    }

    public void setSunday(@Nullable String value) {
        set(DayOfWeek.SUNDAY, value);
    }
}

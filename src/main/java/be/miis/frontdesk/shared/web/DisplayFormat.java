package be.miis.frontdesk.shared.web;

import be.miis.frontdesk.shared.BusinessTime;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;

/**
 * Dates and times as Belgians read them (dd/MM/yyyy, 24 h), in Brussels time, for templates as
 * {@code ${@displayFormat.dateTime(instant)}}. Stored instants are UTC; people read local time.
 */
@Component("displayFormat")
public class DisplayFormat {

    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(BusinessTime.ZONE);
    private static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(BusinessTime.ZONE);

    private static final DateTimeFormatter DATE_TIME_SECONDS =
            DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss").withZone(BusinessTime.ZONE);

    public String date(Instant instant) {
        return DATE.format(instant);
    }

    public String date(LocalDate date) {
        return DATE.format(date);
    }

    public String dateTime(Instant instant) {
        return DATE_TIME.format(instant);
    }

    public String dateTimeSeconds(Instant instant) {
        return DATE_TIME_SECONDS.format(instant);
    }
}

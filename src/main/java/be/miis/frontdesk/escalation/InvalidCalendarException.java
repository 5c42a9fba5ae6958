package be.miis.frontdesk.escalation;

import be.miis.frontdesk.shared.InvalidInputException;

/** Opening hours or closure days that cannot make a working calendar (no opening at all, overlapping hours). */
public class InvalidCalendarException extends InvalidInputException {

    InvalidCalendarException(String field, String messageKey) {
        super(field, messageKey);
    }

    /** For the web and API layers: a request parameter outside what the calendar answers (a year, a count). */
    public static InvalidCalendarException forParameter(String field, String messageKey) {
        return new InvalidCalendarException(field, messageKey);
    }
}

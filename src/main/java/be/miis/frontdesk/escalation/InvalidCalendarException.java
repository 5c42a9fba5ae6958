package be.miis.frontdesk.escalation;

import be.miis.frontdesk.shared.InvalidInputException;

/** Opening hours or closure days that cannot make a working calendar (no opening at all, overlapping hours). */
public class InvalidCalendarException extends InvalidInputException {

    InvalidCalendarException(String field, String messageKey) {
        super(field, messageKey);
    }
}

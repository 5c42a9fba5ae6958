package be.miis.frontdesk.escalation;

import be.miis.frontdesk.shared.InvalidInputException;

/** An escalation or queue change that names a queue or user that cannot take it (unknown, closed, not an expert). */
public class InvalidEscalationException extends InvalidInputException {

    InvalidEscalationException(String field, String messageKey) {
        super(field, messageKey);
    }
}

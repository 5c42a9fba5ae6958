package be.miis.frontdesk.quality;

import be.miis.frontdesk.shared.InvalidInputException;

/** A complaint step missing what it needs (a reason, a root cause, the answer) or naming what does not exist. */
public class InvalidComplaintException extends InvalidInputException {

    public InvalidComplaintException(String field, String messageKey) {
        super(field, messageKey);
    }
}

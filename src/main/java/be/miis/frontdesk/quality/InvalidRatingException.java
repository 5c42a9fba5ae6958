package be.miis.frontdesk.quality;

import be.miis.frontdesk.shared.InvalidInputException;

/** A rating that cannot be counted as it is: the page says why, in the visitor's language. */
public class InvalidRatingException extends InvalidInputException {

    InvalidRatingException(String field, String messageKey) {
        super(field, messageKey);
    }
}

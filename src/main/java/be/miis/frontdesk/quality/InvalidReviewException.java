package be.miis.frontdesk.quality;

import be.miis.frontdesk.shared.InvalidInputException;

/** A review, reply or mystery call that breaks a rule of the input: shown beside its field, 400 on the API. */
public class InvalidReviewException extends InvalidInputException {

    InvalidReviewException(String field, String messageKey) {
        super(field, messageKey);
    }
}

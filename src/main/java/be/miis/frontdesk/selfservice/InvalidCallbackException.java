package be.miis.frontdesk.selfservice;

import be.miis.frontdesk.shared.InvalidInputException;

/** A call-back request the rules refuse: a number one cannot call, a slot that is not (or no longer) offered. */
public class InvalidCallbackException extends InvalidInputException {

    InvalidCallbackException(String field, String messageKey) {
        super(field, messageKey);
    }
}

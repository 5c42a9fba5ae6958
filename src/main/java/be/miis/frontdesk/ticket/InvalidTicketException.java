package be.miis.frontdesk.ticket;

import be.miis.frontdesk.shared.InvalidInputException;

/**
 * A ticket command that refers to something that does not exist or does not fit (an unknown organisation, a
 * contact of another organisation, an unknown domain, an answer missing for "answered").
 */
public class InvalidTicketException extends InvalidInputException {

    public InvalidTicketException(String field, String messageKey) {
        super(field, messageKey);
    }
}

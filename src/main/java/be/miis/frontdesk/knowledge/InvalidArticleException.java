package be.miis.frontdesk.knowledge;

import be.miis.frontdesk.shared.InvalidInputException;

/** An article command with a field that does not fit (unknown domain, no question in the source language). */
public class InvalidArticleException extends InvalidInputException {

    InvalidArticleException(String field, String messageKey) {
        super(field, messageKey);
    }
}

package be.miis.frontdesk.knowledge;

import be.miis.frontdesk.shared.InvalidInputException;

/** An article command with a field that does not fit (unknown domain, no question in the source language). */
public class InvalidArticleException extends InvalidInputException {

    InvalidArticleException(String field, String messageKey) {
        super(field, messageKey);
    }

    /** For the web and API layers: a request parameter that names no language, domain or audience. */
    public static InvalidArticleException forParameter(String field, String messageKey) {
        return new InvalidArticleException(field, messageKey);
    }
}

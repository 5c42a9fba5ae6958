package be.miis.frontdesk.shared;

/**
 * A command that names something that does not exist or does not fit, found by a module's rules rather than by
 * bean validation. Carries the field and a message key: forms show the message beside the field, the API lists
 * it in its problem document (400).
 */
public abstract class InvalidInputException extends RuntimeException {

    private final String field;
    private final String messageKey;

    protected InvalidInputException(String field, String messageKey) {
        super(field + ": " + messageKey);
        this.field = field;
        this.messageKey = messageKey;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }
}

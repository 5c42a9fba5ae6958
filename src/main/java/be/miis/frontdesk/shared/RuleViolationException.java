package be.miis.frontdesk.shared;

/**
 * A well-formed request that the current state of a record does not allow (closing an unanswered ticket).
 * Answered as 409 with the localised message of its key.
 */
public abstract class RuleViolationException extends RuntimeException {

    protected RuleViolationException(String message) {
        super(message);
    }

    /** The message key that explains the refusal to a person. */
    public abstract String messageKey();
}

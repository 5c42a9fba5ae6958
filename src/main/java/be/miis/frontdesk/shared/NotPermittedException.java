package be.miis.frontdesk.shared;

/**
 * An action the user's roles do not allow, found by a module's service rather than by the URL rules (which a
 * second route to the same action could miss). Answered as 403 with the localised message of its key; the rules
 * are listed in docs/roles.md.
 */
public class NotPermittedException extends RuntimeException {

    private final String messageKey;

    public NotPermittedException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    /** The message key that tells the user what their roles do not allow. */
    public String messageKey() {
        return messageKey;
    }
}

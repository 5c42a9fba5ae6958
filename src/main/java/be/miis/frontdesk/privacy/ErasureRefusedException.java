package be.miis.frontdesk.privacy;

import be.miis.frontdesk.shared.RuleViolationException;

/**
 * An erasure the rules do not allow now (docs/privacy.md, "Erasure"): the contact has tickets still being worked on,
 * or was erased already.
 */
public class ErasureRefusedException extends RuleViolationException {

    private final String messageKey;

    ErasureRefusedException(String messageKey) {
        super("erasure refused: " + messageKey);
        this.messageKey = messageKey;
    }

    @Override
    public String messageKey() {
        return messageKey;
    }
}

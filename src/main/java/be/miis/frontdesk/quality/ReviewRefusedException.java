package be.miis.frontdesk.quality;

import be.miis.frontdesk.shared.RuleViolationException;

/** A review step the review's state or its people do not allow (scoring after the reply, replying twice): 409. */
public class ReviewRefusedException extends RuleViolationException {

    private final String messageKey;

    ReviewRefusedException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    @Override
    public String messageKey() {
        return messageKey;
    }
}

package be.miis.frontdesk.knowledge;

import be.miis.frontdesk.shared.RuleViolationException;

/** A review rule that refuses a step: the author publishing their own text, an empty translation. */
class ArticleRuleException extends RuleViolationException {

    private final String messageKey;

    ArticleRuleException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    @Override
    public String messageKey() {
        return messageKey;
    }
}

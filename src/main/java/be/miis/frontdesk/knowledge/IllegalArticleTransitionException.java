package be.miis.frontdesk.knowledge;

import be.miis.frontdesk.shared.RuleViolationException;

/** A workflow step that the article's state does not allow (publishing a draft, archiving twice). */
class IllegalArticleTransitionException extends RuleViolationException {

    private final ArticleStatus to;

    IllegalArticleTransitionException(ArticleStatus from, ArticleStatus to) {
        super("An article cannot go from " + from + " to " + to);
        this.to = to;
    }

    @Override
    public String messageKey() {
        return "knowledge.illegalTransition." + to;
    }
}

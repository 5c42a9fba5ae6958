package be.miis.frontdesk.knowledge;

/**
 * Where an article's working copy is in its review. A published article that is being revised is a DRAFT again
 * while its last publication stays live for search and answers (see {@link FaqArticle#edit}).
 */
public enum ArticleStatus {
    DRAFT,
    IN_REVIEW,
    PUBLISHED,
    ARCHIVED;

    public boolean canTransitionTo(ArticleStatus target) {
        return switch (this) {
            case DRAFT -> target == IN_REVIEW || target == ARCHIVED;
            // A reviewer publishes, or sends it back (an edit during review also sends it back).
            case IN_REVIEW -> target == PUBLISHED || target == DRAFT || target == ARCHIVED;
            case PUBLISHED -> target == DRAFT || target == ARCHIVED;
            case ARCHIVED -> false;
        };
    }
}

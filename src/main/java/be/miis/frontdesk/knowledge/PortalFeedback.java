package be.miis.frontdesk.knowledge;

/**
 * What the readers of the public portal made of an article, shown to the FAQ's experts on the article's page. A
 * port: the portal module (selfservice) depends on this module and implements it, so the knowledge module never
 * depends on the portal (docs/portal.md, "Figures"). Absent when the portal is not part of the application (a
 * module test of the knowledge base alone); the page then shows no portal block.
 */
public interface PortalFeedback {

    /**
     * The article's portal figures (the last days and in total) and its newest "not helpful" comments, at most
     * {@code comments} of them.
     *
     * @throws be.miis.frontdesk.shared.NotPermittedException unless {@code viewer} is an expert
     */
    ArticleFeedback of(long articleId, int comments, String viewer);
}

package be.miis.frontdesk.knowledge;

/**
 * What an import wrote: articles created, how many of them are waiting in review (the rest are drafts), and how
 * many an administrator's migration published at once (as version 1).
 */
public record ImportResult(int created, int published, int inReview, boolean migration) {}

package be.miis.frontdesk.knowledge;

import be.miis.frontdesk.shared.ContentLanguage;

/** The published version of an article that an answer was based on, as the ticket keeps it. */
public record ArticleCitation(long articleId, long versionId, int versionNumber, ContentLanguage language) {}

package be.miis.frontdesk.knowledge;

import be.miis.frontdesk.shared.ContentLanguage;

/**
 * A published article that matches a search, in the language it matched in. {@code snippetHtml} is escaped text
 * with the matched words in {@code <mark>}; {@code otherLanguage} when the hit is not in the language searched;
 * {@code approximate} when it was found by similarity (a typo) rather than by its words.
 */
public record SearchHit(
        long articleId,
        long versionId,
        int versionNumber,
        ContentLanguage language,
        String question,
        String snippetHtml,
        String domainCode,
        Audience audience,
        boolean otherLanguage,
        boolean approximate) {}

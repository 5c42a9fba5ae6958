package be.miis.frontdesk.knowledge;

import be.miis.frontdesk.shared.ContentLanguage;

/**
 * A published article that matches a search, in the language it matched in. {@code snippetHtml} is escaped text
 * with the matched words in {@code <mark>}; {@code otherLanguage} when the hit is not in the language searched;
 * {@code approximate} when not every word typed was matched as typed: a typo was corrected, a word the base
 * never uses was left out, or only some of the words matched.
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

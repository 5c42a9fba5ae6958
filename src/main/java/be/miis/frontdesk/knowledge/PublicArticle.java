package be.miis.frontdesk.knowledge;

import be.miis.frontdesk.shared.ContentLanguage;
import java.time.Instant;
import java.util.Map;

/**
 * A public article as the portal shows it: the current PUBLIC publication in the language asked for, or, when it
 * has none in that language ({@code fallback}), in its source language (else any). {@code questions} holds the
 * question of every published language, for the language switch and the links to the other languages.
 */
public record PublicArticle(
        long articleId,
        ContentLanguage language,
        boolean fallback,
        String question,
        String answerHtml,
        String domainCode,
        Instant publishedAt,
        Map<ContentLanguage, String> questions) {}

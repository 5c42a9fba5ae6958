package be.miis.frontdesk.knowledge;

import be.miis.frontdesk.shared.ContentLanguage;
import java.time.Instant;

/** An article's working text in one language; {@code toUpdate} when the source language changed after it. */
public record TranslationView(
        ContentLanguage language,
        String question,
        String answerHtml,
        String keywords,
        Instant changedAt,
        boolean toUpdate) {}

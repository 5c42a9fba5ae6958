package be.miis.frontdesk.knowledge;

import be.miis.frontdesk.shared.ContentLanguage;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The content of an article as an author writes it. Translations that are entirely blank are left out; the
 * source language is the one the others are translated from ("to update" when they fall behind it).
 */
public record ArticleDraft(
        String domainCode,
        Audience audience,
        ContentLanguage sourceLanguage,
        @Nullable LocalDate reviewBy,
        List<TranslationText> translations) {}

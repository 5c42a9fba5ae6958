package be.miis.frontdesk.knowledge;

import be.miis.frontdesk.shared.ContentLanguage;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An article with its working translations and every published version (newest first, one entry per language).
 * {@code version} is the optimistic-lock version to send back with a change; {@code revisionEditors} wrote the text
 * since the last publication and may not publish it.
 */
public record ArticleView(
        long id,
        String domainCode,
        Audience audience,
        ArticleStatus status,
        ContentLanguage sourceLanguage,
        String owner,
        String revisionAuthor,
        List<String> revisionEditors,
        @Nullable LocalDate reviewBy,
        int publishedVersion,
        Instant createdAt,
        Instant updatedAt,
        int version,
        List<TranslationView> translations,
        List<VersionView> versions) {

    public Optional<TranslationView> translation(ContentLanguage language) {
        return translations.stream().filter(t -> t.language() == language).findFirst();
    }

    /** The question in the given language, else in the source language. */
    public String title(ContentLanguage language) {
        return translation(language)
                .or(() -> translation(sourceLanguage))
                .map(TranslationView::question)
                .orElse("");
    }

    /** Whether the last publication is still live while a revision is being written or reviewed. */
    public boolean hasLivePublication() {
        return publishedVersion > 0 && status != ArticleStatus.ARCHIVED;
    }
}

package be.miis.frontdesk.knowledge;

import be.miis.frontdesk.shared.ContentLanguage;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A row of an article list. */
public record ArticleSummary(
        long id,
        String question,
        ContentLanguage language,
        String domainCode,
        Audience audience,
        ArticleStatus status,
        String owner,
        @Nullable LocalDate reviewBy,
        int publishedVersion,
        Instant updatedAt) {}

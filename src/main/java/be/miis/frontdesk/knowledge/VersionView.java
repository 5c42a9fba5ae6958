package be.miis.frontdesk.knowledge;

import be.miis.frontdesk.shared.ContentLanguage;
import java.time.Instant;

/** One language of one publication of an article, as it was published. */
public record VersionView(
        long id,
        long articleId,
        int number,
        ContentLanguage language,
        String question,
        String answerHtml,
        String keywords,
        String publishedBy,
        Instant publishedAt,
        boolean current) {

    static VersionView of(FaqArticleVersion v) {
        return new VersionView(
                java.util.Objects.requireNonNull(v.id()),
                v.articleId(),
                v.number(),
                v.language(),
                v.question(),
                v.answerHtml(),
                v.keywords(),
                v.publishedBy(),
                v.publishedAt(),
                v.isCurrent());
    }
}

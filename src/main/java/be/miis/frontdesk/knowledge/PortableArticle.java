package be.miis.frontdesk.knowledge;

import be.miis.frontdesk.shared.ContentLanguage;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An article as it travels between systems (export and import): its metadata and the working translations.
 * Published versions and their history stay behind; an imported published article starts again at version 1.
 * Every field may be missing in a file someone edited by hand, hence the nullable components: the import checks
 * them and names the article and the field that is wrong. The published version number is informative only.
 */
public record PortableArticle(
        @Nullable Long id,
        @Nullable String domainCode,
        @Nullable Audience audience,
        @Nullable ContentLanguage sourceLanguage,
        @Nullable ArticleStatus status,
        @Nullable String owner,
        @Nullable LocalDate reviewBy,
        @Nullable Integer publishedVersion,
        @Nullable List<PortableTranslation> translations) {

    /** One working translation; a missing text counts as empty. */
    public record PortableTranslation(
            @Nullable ContentLanguage language,
            @Nullable String question,
            @Nullable String answerHtml,
            @Nullable String keywords) {}
}

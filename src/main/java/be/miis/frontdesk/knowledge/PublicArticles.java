package be.miis.frontdesk.knowledge;

import be.miis.frontdesk.shared.ContentLanguage;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the public may read: only current publications whose audience was PUBLIC when they were published. A draft
 * has no publication, an archived article's publications are retired, and a published article being revised keeps
 * its last publication live (the revision is not public until it is published). Every query of the portal goes
 * through the one condition below, so no path can show an internal or unpublished text.
 */
@Component
class PublicArticles {

    private static final String PUBLIC = " v.is_current and v.audience = 'PUBLIC' ";

    private final JdbcClient jdbc;

    PublicArticles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every public translation of every public article, in article order, then language order. */
    List<PublicTranslation> translations() {
        return jdbc.sql("select v.article_id, v.language, v.question, v.domain_code, v.published_at"
                        + " from faq_article_version v where" + PUBLIC + "order by v.article_id, v.language")
                .query(PublicArticles::translation)
                .list();
    }

    Optional<PublicArticle> find(long articleId, ContentLanguage language) {
        record Row(
                ContentLanguage language,
                String question,
                String answerHtml,
                String domainCode,
                java.time.Instant publishedAt,
                ContentLanguage source) {}
        List<Row> rows = jdbc.sql("select v.language, v.question, v.answer_html, v.domain_code, v.published_at,"
                        + " a.source_language from faq_article_version v join faq_article a on a.id = v.article_id"
                        + " where" + PUBLIC + "and v.article_id = :id order by v.language")
                .param("id", articleId)
                .query((rs, n) -> new Row(
                        language(rs, "language"),
                        rs.getString("question"),
                        rs.getString("answer_html"),
                        rs.getString("domain_code"),
                        rs.getTimestamp("published_at").toInstant(),
                        language(rs, "source_language")))
                .list();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Map<ContentLanguage, String> questions = new EnumMap<>(ContentLanguage.class);
        rows.forEach(row -> questions.put(row.language(), row.question()));
        Row shown = rows.stream()
                .filter(row -> row.language() == language)
                .findFirst()
                .or(() -> rows.stream()
                        .filter(row -> row.language() == row.source())
                        .findFirst())
                .orElse(rows.get(0));
        return Optional.of(new PublicArticle(
                articleId,
                shown.language(),
                shown.language() != language,
                shown.question(),
                shown.answerHtml(),
                shown.domainCode(),
                shown.publishedAt(),
                questions));
    }

    private static PublicTranslation translation(ResultSet rs, int row) throws SQLException {
        return new PublicTranslation(
                rs.getLong("article_id"),
                language(rs, "language"),
                rs.getString("question"),
                rs.getString("domain_code"),
                rs.getTimestamp("published_at").toInstant());
    }

    private static ContentLanguage language(ResultSet rs, String column) throws SQLException {
        return ContentLanguage.fromCode(rs.getString(column)).orElseThrow();
    }
}

package be.miis.frontdesk.knowledge;

import be.miis.frontdesk.shared.ContentLanguage;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The citations of articles by ticket answers (V11): written once per answer, read on the article page. */
@Component
class ArticleUses {

    private final JdbcClient jdbc;

    ArticleUses(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records that an answer used this version; empty when no published version has that id. */
    Optional<ArticleCitation> record(long versionId, String ticketReference, String usedBy, Instant at) {
        return jdbc.sql("""
                        with v as (select id, article_id, number, language from faq_article_version where id = :id),
                             used as (insert into faq_article_use (article_id, version_id, ticket_reference, used_by, used_at)
                                      select article_id, id, :reference, :usedBy, :at from v returning id)
                        select v.article_id, v.id as version_id, v.number, v.language from v, used
                        """)
                .param("reference", ticketReference)
                .param("usedBy", usedBy)
                .param("at", at.atOffset(ZoneOffset.UTC))
                .param("id", versionId)
                .query((rs, n) -> new ArticleCitation(
                        rs.getLong("article_id"),
                        rs.getLong("version_id"),
                        rs.getInt("number"),
                        ContentLanguage.fromCode(rs.getString("language")).orElseThrow()))
                .optional();
    }

    ArticleUsage of(long articleId, int limit) {
        long total = jdbc.sql("select count(*) from faq_article_use where article_id = :id")
                .param("id", articleId)
                .query(Long.class)
                .single();
        List<ArticleUse> latest = total == 0
                ? List.of()
                : jdbc.sql("""
                                select u.ticket_reference, v.number, v.language, u.used_by, u.used_at
                                from faq_article_use u join faq_article_version v on v.id = u.version_id
                                where u.article_id = :id
                                order by u.used_at desc, u.id desc
                                limit :limit
                                """)
                        .param("id", articleId)
                        .param("limit", limit)
                        .query((rs, n) -> new ArticleUse(
                                rs.getString("ticket_reference"),
                                rs.getInt("number"),
                                ContentLanguage.fromCode(rs.getString("language"))
                                        .orElseThrow(),
                                rs.getString("used_by"),
                                rs.getTimestamp("used_at").toInstant()))
                        .list();
        return new ArticleUsage(total, latest);
    }
}

package be.miis.frontdesk.selfservice;

import be.miis.frontdesk.identity.Permissions;
import be.miis.frontdesk.identity.Role;
import be.miis.frontdesk.knowledge.ArticleFeedback;
import be.miis.frontdesk.knowledge.ArticleFeedback.Comment;
import be.miis.frontdesk.knowledge.ArticleFeedback.Figures;
import be.miis.frontdesk.knowledge.PortalFeedback;
import be.miis.frontdesk.shared.BusinessTime;
import be.miis.frontdesk.shared.ContentLanguage;
import be.miis.frontdesk.shared.KeysetCursor;
import be.miis.frontdesk.shared.PagedResult;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the portal's readers tell the FAQ's experts (docs/portal.md, "Figures"): the words searched in vain over the
 * last {@link #RECENT_DAYS} days, the "not helpful" comments newest first (across articles or of one), and an
 * article's own figures for its page in the knowledge module, which reaches them through the {@link PortalFeedback}
 * port. Experts only, checked here as well as by the URL rules (docs/roles.md).
 */
@Service
public class PortalFeedbackQueries implements PortalFeedback {

    public static final int RECENT_DAYS = 30;
    public static final int MISSES_SHOWN = 100;
    public static final int COMMENTS_PAGE = 25;

    private static final String PERMISSION = "selfservice.feedback.permission";

    private final JdbcClient jdbc;
    private final Permissions permissions;
    private final Clock clock;

    PortalFeedbackQueries(JdbcClient jdbc, Permissions permissions, Clock clock) {
        this.jdbc = jdbc;
        this.permissions = permissions;
        this.clock = clock;
    }

    /** Words that found nothing: their normalised text, the page's language, how often, and the last day. */
    public record Miss(String words, ContentLanguage language, long searches, LocalDate lastDay) {}

    /** A "not helpful" vote with a comment (visitor text: shown as text only). */
    public record NotHelpful(long id, long articleId, Instant at, ContentLanguage language, String comment) {}

    /**
     * The words searched in vain over the last {@link #RECENT_DAYS} days (today included), the most frequent first,
     * at most {@link #MISSES_SHOWN}: a range of the table's key, summed.
     */
    @Transactional(readOnly = true)
    public List<Miss> misses(String viewer) {
        permissions.require(viewer, PERMISSION, Role.EXPERT);
        return jdbc.sql("""
                        select words, language, sum(searches) as searches, max(day) as last_day
                        from portal_search_miss where day > :since
                        group by words, language
                        order by searches desc, last_day desc, words, language
                        limit :limit
                        """)
                .param("since", today().minusDays(RECENT_DAYS))
                .param("limit", MISSES_SHOWN)
                .query((rs, n) -> new Miss(
                        rs.getString("words"),
                        language(rs.getString("language")),
                        rs.getLong("searches"),
                        rs.getObject("last_day", LocalDate.class)))
                .list();
    }

    /**
     * The "not helpful" comments, newest first, {@link #COMMENTS_PAGE} a page after {@code after}: of one article,
     * or of all when {@code articleId} is null. Keyset-paged on (created_at, id), which a partial index serves.
     */
    @Transactional(readOnly = true)
    public PagedResult<NotHelpful> comments(@Nullable Long articleId, @Nullable KeysetCursor after, String viewer) {
        permissions.require(viewer, PERMISSION, Role.EXPERT);
        return PagedResult.ofOneMore(
                notHelpful(articleId, after, COMMENTS_PAGE + 1), COMMENTS_PAGE, c -> new KeysetCursor(c.at(), c.id()));
    }

    @Override
    @Transactional(readOnly = true)
    public ArticleFeedback of(long articleId, int comments, String viewer) {
        permissions.require(viewer, PERMISSION, Role.EXPERT);
        LocalDate since = today().minusDays(RECENT_DAYS);
        long[] views = jdbc.sql("""
                        select coalesce(sum(views) filter (where day > :since), 0),
                               coalesce(sum(questions) filter (where day > :since), 0),
                               coalesce(sum(callbacks) filter (where day > :since), 0),
                               coalesce(sum(views), 0), coalesce(sum(questions), 0), coalesce(sum(callbacks), 0)
                        from portal_article_view where article_id = :article
                        """)
                .param("since", since)
                .param("article", articleId)
                .query((rs, n) -> longs(rs, 6))
                .single();
        long[] votes = jdbc.sql("""
                        select count(*) filter (where helpful and day > :since),
                               count(*) filter (where not helpful and day > :since),
                               count(*) filter (where helpful), count(*) filter (where not helpful),
                               count(comment) filter (where not helpful)
                        from portal_helpful_vote where article_id = :article
                        """)
                .param("since", since)
                .param("article", articleId)
                .query((rs, n) -> longs(rs, 5))
                .single();
        List<Comment> latest = notHelpful(articleId, null, comments).stream()
                .map(c -> new Comment(c.id(), c.at(), c.language(), c.comment()))
                .toList();
        return new ArticleFeedback(
                RECENT_DAYS,
                new Figures(views[0], views[1], views[2], votes[0], votes[1]),
                new Figures(views[3], views[4], views[5], votes[2], votes[3]),
                latest,
                votes[4]);
    }

    private List<NotHelpful> notHelpful(@Nullable Long articleId, @Nullable KeysetCursor after, int limit) {
        // The predicate repeats the partial indexes' (not helpful and comment is not null) word for word.
        String sql = "select id, article_id, created_at, language, comment from portal_helpful_vote"
                + " where not helpful and comment is not null"
                + (articleId == null ? "" : " and article_id = :article")
                + (after == null ? "" : " and (created_at, id) < (:at, :id)")
                + " order by created_at desc, id desc limit :limit";
        JdbcClient.StatementSpec statement = jdbc.sql(sql).param("limit", limit);
        if (articleId != null) {
            statement = statement.param("article", articleId);
        }
        if (after != null) {
            statement = statement.param("at", Timestamp.from(after.at())).param("id", after.id());
        }
        return statement
                .query((rs, n) -> new NotHelpful(
                        rs.getLong("id"),
                        rs.getLong("article_id"),
                        rs.getTimestamp("created_at").toInstant(),
                        language(rs.getString("language")),
                        rs.getString("comment")))
                .list();
    }

    private static long[] longs(ResultSet rs, int count) throws SQLException {
        long[] values = new long[count];
        for (int i = 0; i < count; i++) {
            values[i] = rs.getLong(i + 1);
        }
        return values;
    }

    private static ContentLanguage language(String code) {
        return ContentLanguage.fromCode(code).orElse(ContentLanguage.NL);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(BusinessTime.ZONE));
    }
}

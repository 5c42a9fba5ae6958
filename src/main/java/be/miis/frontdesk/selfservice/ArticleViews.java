package be.miis.frontdesk.selfservice;

import be.miis.frontdesk.shared.BusinessTime;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How often each public article is read, per day: one upsert per page view and nothing else on the request path.
 * The ranking of the most read articles is computed at most every {@code mostReadRefresh} and kept in memory; the
 * portal filters it against what is public at the moment it shows it, so an article taken off the portal
 * disappears from the home page at once.
 */
@Component
public class ArticleViews {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final PortalProperties properties;
    private final AtomicReference<Ranking> ranking = new AtomicReference<>();

    ArticleViews(JdbcClient jdbc, Clock clock, PortalProperties properties) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.properties = properties;
    }

    /** Counts a page view, unless the browser is an obvious robot (docs/portal.md, "Figures"). */
    public void count(long articleId, @Nullable String userAgent) {
        if (!Crawlers.isRobot(userAgent)) {
            count(articleId);
        }
    }

    public void count(long articleId) {
        jdbc.sql("""
                        insert into portal_article_view (article_id, day, views) values (:article, :day, 1)
                        on conflict (article_id, day) do update set views = portal_article_view.views + 1
                        """).param("article", articleId).param("day", today()).update();
    }

    /**
     * Counts a question asked or a call-back requested by a visitor who came from this article's page (the forms
     * carry the article they were opened from). Views minus follow-ups is the article's deflection.
     */
    public void followedUp(long articleId, FollowUp kind) {
        // The column name comes from the enum, never from the request.
        jdbc.sql("insert into portal_article_view (article_id, day, views, " + kind.column
                        + ") values (:article, :day, 0, 1)"
                        + " on conflict (article_id, day) do update set " + kind.column + " = portal_article_view."
                        + kind.column + " + 1")
                .param("article", articleId)
                .param("day", today())
                .update();
    }

    /** Questions or call-backs that followed a reading of this article on that day. */
    public long followUps(long articleId, LocalDate day, FollowUp kind) {
        return jdbc.sql("select coalesce(sum(" + kind.column + "), 0) from portal_article_view"
                        + " where article_id = :a and day = :d")
                .param("a", articleId)
                .param("d", day)
                .query(Long.class)
                .single();
    }

    /** Article ids by views over the last days, most read first (ties by id); more than needed, for filtering. */
    public List<Long> mostRead() {
        Instant now = clock.instant();
        Ranking current = ranking.get();
        if (current == null || !now.isBefore(current.computedAt().plus(properties.mostReadRefresh()))) {
            current = new Ranking(now, rank());
            ranking.set(current);
        }
        return current.articleIds();
    }

    /** Forgets the kept ranking, so that the next call counts afresh (tests, and after a bulk change). */
    public void refresh() {
        ranking.set(null);
    }

    public long views(long articleId, LocalDate day) {
        return jdbc.sql("select coalesce(sum(views), 0) from portal_article_view where article_id = :a and day = :d")
                .param("a", articleId)
                .param("d", day)
                .query(Long.class)
                .single();
    }

    private List<Long> rank() {
        return jdbc.sql("""
                        select article_id from portal_article_view where day > :since
                        group by article_id order by sum(views) desc, article_id limit 50
                        """)
                .param("since", today().minusDays(properties.mostReadDays()))
                .query(Long.class)
                .list();
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), BusinessTime.ZONE);
    }

    /** What a visitor did after reading an article, instead of finding the answer in it. */
    public enum FollowUp {
        QUESTION("questions"),
        CALLBACK("callbacks");

        private final String column;

        FollowUp(String column) {
            this.column = column;
        }
    }

    private record Ranking(Instant computedAt, List<Long> articleIds) {}
}

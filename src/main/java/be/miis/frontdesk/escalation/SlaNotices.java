package be.miis.frontdesk.escalation;

import be.miis.frontdesk.shared.PagedResult;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The in-app SLA warnings of a user: the list, the unread count of the navigation bar, marking them read. Part of
 * the module's API beside {@link EscalationService}: a user's notices are an inbox of their own, not a queue.
 */
@Service
public class SlaNotices {

    private final JdbcClient jdbc;
    private final Clock clock;

    SlaNotices(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * A user's notices, newest first, a page at a time (keyset on id: the cursor is the last id shown).
     *
     * @param cursor the {@code nextCursor} of the previous page, or null for the first page
     */
    @Transactional(readOnly = true)
    public PagedResult<NoticeView> findNotices(String username, @Nullable String cursor, int pageSize) {
        long before = parse(cursor);
        List<NoticeView> rows = jdbc.sql("""
                        select id, ticket_reference, kind, created_at, read_at from escalation_notice
                        where recipient = :recipient and id < :before
                        order by id desc
                        limit :limit
                        """)
                .param("recipient", username)
                .param("before", before)
                .param("limit", pageSize + 1)
                .query((rs, n) -> {
                    OffsetDateTime read = rs.getObject("read_at", OffsetDateTime.class);
                    return new NoticeView(
                            rs.getLong("id"),
                            rs.getString("ticket_reference"),
                            WarningKind.valueOf(rs.getString("kind")),
                            rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                            read == null ? null : read.toInstant());
                })
                .list();
        boolean more = rows.size() > pageSize;
        List<NoticeView> page = more ? rows.subList(0, pageSize) : rows;
        return new PagedResult<>(
                page, more ? Long.toString(page.get(page.size() - 1).id()) : null);
    }

    /** How many of a user's notices are unread (partial index escalation_notice_unread_idx). */
    @Transactional(readOnly = true)
    public long countUnread(String username) {
        return jdbc.sql("select count(*) from escalation_notice where recipient = :recipient and read_at is null")
                .param("recipient", username)
                .query(Long.class)
                .single();
    }

    /** Marks one of the user's own notices read; someone else's notice, or an unknown id, changes nothing. */
    @Transactional
    public boolean markRead(String username, long id) {
        return jdbc.sql("""
                        update escalation_notice set read_at = :now
                        where id = :id and recipient = :recipient and read_at is null
                        """)
                        .param("now", now())
                        .param("id", id)
                        .param("recipient", username)
                        .update()
                > 0;
    }

    /** Marks all of a user's notices read; returns how many were unread. */
    @Transactional
    public int markAllRead(String username) {
        return jdbc.sql("""
                        update escalation_notice set read_at = :now
                        where recipient = :recipient and read_at is null
                        """).param("now", now()).param("recipient", username).update();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private static long parse(@Nullable String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return Long.MAX_VALUE;
        }
        try {
            return Long.parseLong(cursor);
        } catch (NumberFormatException e) {
            // A tampered or stale link shows the first page rather than an error.
            return Long.MAX_VALUE;
        }
    }
}

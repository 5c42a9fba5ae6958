package be.miis.frontdesk.identity;

import be.miis.frontdesk.shared.BusinessTime;
import be.miis.frontdesk.shared.KeysetCursor;
import be.miis.frontdesk.shared.PagedResult;
import be.miis.frontdesk.shared.TextCut;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Append-only trail of security events and of access to personal data. Writes go straight to SQL: the
 * trail is never read back as entities, and an insert must not drag a persistence context along.
 */
@Service
public class AuditLog {

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Records one event. It joins the caller's transaction, so an action that rolls back leaves no trace
     * of having happened.
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public void record(
            String actor,
            AuditAction action,
            @Nullable String targetType,
            @Nullable String targetId,
            @Nullable String details) {
        jdbc.sql("""
                        insert into audit_event (occurred_at, actor, action, target_type, target_id, details, remote_addr)
                        values (:at, :actor, :action, :targetType, :targetId, :details, :remoteAddr)
                        """)
                .param("at", Timestamp.from(clock.instant()))
                .param("actor", truncate(actor, 64))
                .param("action", action.name())
                .param("targetType", targetType)
                .param("targetId", targetId)
                .param("details", details == null ? null : truncate(details, 1000))
                .param("remoteAddr", RequestContext.remoteAddress())
                .update();
    }

    /**
     * The trail newest first, by keyset: each page continues strictly after the (time, id) of the previous
     * page's last row, which the index {@code audit_event_occurred_idx} serves at any depth. The full names of
     * actor and user target come from the same query (unique index on the lower-cased username), not per row.
     */
    @Transactional(readOnly = true)
    public PagedResult<AuditEntry> find(AuditQuery query, @Nullable String cursor, int pageSize) {
        Page page = page(query, cursor, pageSize);
        List<AuditEntry> rows = jdbc.sql(page.sql())
                .params(page.params())
                .query((rs, row) -> new AuditEntry(
                        rs.getLong("id"),
                        rs.getTimestamp("occurred_at").toInstant(),
                        rs.getString("actor"),
                        AuditAction.valueOf(rs.getString("action")),
                        rs.getString("target_type"),
                        rs.getString("target_id"),
                        rs.getString("details"),
                        rs.getString("remote_addr"),
                        rs.getString("actor_name"),
                        rs.getString("target_name")))
                .list();
        return PagedResult.ofOneMore(rows, pageSize, last -> new KeysetCursor(last.occurredAt(), last.id()));
    }

    /** A page's query and its parameters: one statement, whatever the filter (the tests read its plan). */
    record Page(String sql, Map<String, Object> params) {}

    static Page page(AuditQuery query, @Nullable String cursor, int pageSize) {
        StringBuilder sql = new StringBuilder("""
                select a.id, a.occurred_at, a.actor, a.action, a.target_type, a.target_id, a.details, a.remote_addr,
                       actor.display_name as actor_name, target.display_name as target_name
                from audit_event a
                left join user_account actor on lower(actor.username) = lower(a.actor)
                left join user_account target on a.target_type = 'user' and lower(target.username) = lower(a.target_id)
                where true
                """);
        Map<String, Object> params = new HashMap<>();
        if (query.actor() != null && !query.actor().isBlank()) {
            sql.append(" and a.actor = :actor");
            params.put("actor", query.actor().trim());
        }
        if (query.action() != null) {
            sql.append(" and a.action = :action");
            params.put("action", query.action().name());
        }
        if (query.targetType() != null && query.targetId() != null) {
            sql.append(" and a.target_type = :targetType and a.target_id = :targetId");
            params.put("targetType", query.targetType());
            params.put("targetId", query.targetId().trim());
        }
        if (query.from() != null) {
            sql.append(" and a.occurred_at >= :from");
            params.put(
                    "from",
                    Timestamp.from(query.from().atStartOfDay(BusinessTime.ZONE).toInstant()));
        }
        if (query.to() != null) {
            sql.append(" and a.occurred_at < :to");
            params.put(
                    "to",
                    Timestamp.from(query.to()
                            .plusDays(1)
                            .atStartOfDay(BusinessTime.ZONE)
                            .toInstant()));
        }
        KeysetCursor after = KeysetCursor.parse(cursor);
        if (after != null) {
            sql.append(" and (a.occurred_at, a.id) < (:afterAt, :afterId)");
            params.put("afterAt", Timestamp.from(after.at()));
            params.put("afterId", after.id());
        }
        sql.append(" order by a.occurred_at desc, a.id desc limit :limit");
        params.put("limit", pageSize + 1);
        return new Page(sql.toString(), params);
    }

    private static String truncate(String value, int max) {
        return TextCut.atMost(value, max);
    }
}

package be.miis.frontdesk.identity;

import be.miis.frontdesk.shared.KeysetCursor;
import be.miis.frontdesk.shared.PagedResult;
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
     * page's last row, which the index {@code audit_event_occurred_idx} serves at any depth.
     */
    @Transactional(readOnly = true)
    public PagedResult<AuditEntry> find(AuditQuery query, @Nullable String cursor, int pageSize) {
        StringBuilder sql = new StringBuilder("""
                select id, occurred_at, actor, action, target_type, target_id, details, remote_addr
                from audit_event where true
                """);
        Map<String, Object> params = new HashMap<>();
        if (query.actor() != null && !query.actor().isBlank()) {
            sql.append(" and actor = :actor");
            params.put("actor", query.actor().trim());
        }
        if (query.action() != null) {
            sql.append(" and action = :action");
            params.put("action", query.action().name());
        }
        KeysetCursor after = KeysetCursor.parse(cursor);
        if (after != null) {
            sql.append(" and (occurred_at, id) < (:afterAt, :afterId)");
            params.put("afterAt", Timestamp.from(after.at()));
            params.put("afterId", after.id());
        }
        sql.append(" order by occurred_at desc, id desc limit :limit");
        params.put("limit", pageSize + 1);
        List<AuditEntry> rows = jdbc.sql(sql.toString())
                .params(params)
                .query((rs, row) -> new AuditEntry(
                        rs.getLong("id"),
                        rs.getTimestamp("occurred_at").toInstant(),
                        rs.getString("actor"),
                        AuditAction.valueOf(rs.getString("action")),
                        rs.getString("target_type"),
                        rs.getString("target_id"),
                        rs.getString("details"),
                        rs.getString("remote_addr")))
                .list();
        return PagedResult.ofOneMore(rows, pageSize, last -> new KeysetCursor(last.occurredAt(), last.id()));
    }

    private static String truncate(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }
}

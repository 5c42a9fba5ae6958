package be.miis.frontdesk.identity;

import java.time.Clock;
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
                .param("at", java.sql.Timestamp.from(clock.instant()))
                .param("actor", truncate(actor, 64))
                .param("action", action.name())
                .param("targetType", targetType)
                .param("targetId", targetId)
                .param("details", details == null ? null : truncate(details, 1000))
                .param("remoteAddr", RequestContext.remoteAddress())
                .update();
    }

    private static String truncate(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }
}

package be.miis.frontdesk.identity;

import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Retention of the audit trail (docs/privacy.md): entries older than their period are removed, oldest first, in
 * batches, by the index the audit report reads ({@code audit_event_occurred_idx}).
 */
@Service
public class AuditRetention {

    private final JdbcClient jdbc;

    AuditRetention(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** How many entries occurred before {@code cutoff}. */
    @Transactional(readOnly = true)
    public long countBefore(Instant cutoff) {
        return jdbc.sql("select count(*) from audit_event where occurred_at < :cutoff")
                .param("cutoff", Timestamp.from(cutoff))
                .query(Long.class)
                .single();
    }

    /** Removes the next batch of those entries; returns how many (0 when none is left). */
    @Transactional(propagation = Propagation.MANDATORY)
    public int removeBefore(Instant cutoff, int batchSize) {
        return jdbc.sql("""
                        delete from audit_event where id in (
                            select id from audit_event where occurred_at < :cutoff
                            order by occurred_at, id limit :limit for update skip locked)
                        """)
                .param("cutoff", Timestamp.from(cutoff))
                .param("limit", batchSize)
                .update();
    }
}

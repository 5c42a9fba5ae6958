package be.miis.frontdesk.mail;

import be.miis.frontdesk.ticket.MailDeliveries;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ticket page's view of the outbox: an answer's or a request's mail by its timeline entry, found by the dedup
 * key the outbox wrote it under ({@code answer:<entry id>}, {@code request:<entry id>}; docs/mail.md, "Outbox").
 */
@Component
class OutboxDeliveries implements MailDeliveries {

    private final JdbcClient jdbc;

    OutboxDeliveries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<UUID, MailDelivery> of(Collection<UUID> entryIds) {
        Map<String, UUID> byKey = new HashMap<>();
        for (UUID id : entryIds) {
            byKey.put(OutboxListener.answerKey(id), id);
            byKey.put(OutboxListener.requestKey(id), id);
        }
        Map<UUID, MailDelivery> deliveries = new HashMap<>();
        jdbc.sql(
                        "select dedup_key, status, bounced_at is not null as bounced from mail_outbox where dedup_key in (:keys)")
                .param("keys", byKey.keySet())
                .query((rs, n) -> deliveries.put(
                        byKey.get(rs.getString("dedup_key")),
                        // Sent, but returned as undeliverable (docs/mail.md, "Bounces").
                        rs.getBoolean("bounced") ? MailDelivery.BOUNCED : MailDelivery.valueOf(rs.getString("status"))))
                .list();
        return deliveries;
    }
}

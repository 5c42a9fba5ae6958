package be.miis.frontdesk.mail;

import be.miis.frontdesk.shared.TextCut;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What intake writes and reads besides tickets: the received messages in {@code mail_message}, the quarantine and
 * the acknowledgements it decided on. Each call joins the caller's transaction.
 */
@Component
class IntakeRecords {

    private final JdbcClient jdbc;

    IntakeRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether a received message with this key was already taken (into a ticket or the quarantine). */
    boolean received(String key) {
        return jdbc.sql("select exists (select 1 from mail_message where direction = 'IN' and message_id = :key)")
                .param("key", key)
                .query(Boolean.class)
                .single();
    }

    /**
     * Records a received message. The unique key makes a second intake of the same message fail at the latest
     * here, so that two transactions racing for it cannot both commit a ticket.
     */
    void recordReceived(
            String key, String mailbox, long uid, @Nullable Long ticketId, String sender, String subject, Instant at) {
        jdbc.sql("""
                        insert into mail_message (direction, message_id, mailbox, uid, ticket_id, sender, subject, at)
                        values ('IN', :key, :mailbox, :uid, :ticket, :sender, :subject, :at)
                        """)
                .param("key", key)
                .param("mailbox", mailbox)
                .param("uid", uid)
                .param("ticket", ticketId)
                .param("sender", TextCut.atMost(sender, 320))
                .param("subject", TextCut.atMost(subject, 998))
                .param("at", at.atOffset(ZoneOffset.UTC))
                .update();
    }

    /** The ticket of the first of these Message-IDs (in their order) that we sent or received with a ticket. */
    Optional<Long> ticketOfFirst(List<String> messageIds) {
        if (messageIds.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Long> tickets = new HashMap<>();
        jdbc.sql("select message_id, ticket_id from mail_message where message_id in (:ids) and ticket_id is not null")
                .param("ids", messageIds)
                .query((rs, n) -> tickets.putIfAbsent(rs.getString("message_id"), rs.getLong("ticket_id")))
                .list();
        return messageIds.stream().map(tickets::get).filter(id -> id != null).findFirst();
    }

    void quarantine(
            String mailbox,
            long uid,
            String key,
            Instant receivedAt,
            @Nullable String sender,
            @Nullable String subject,
            String reason,
            byte[] raw) {
        jdbc.sql("""
                        insert into mail_quarantine (mailbox, uid, message_key, received_at, sender, subject, reason, raw)
                        values (:mailbox, :uid, :key, :at, :sender, :subject, :reason, :raw)
                        """)
                .param("mailbox", mailbox)
                .param("uid", uid)
                .param("key", key)
                .param("at", receivedAt.atOffset(ZoneOffset.UTC))
                .param("sender", sender == null ? null : TextCut.atMost(sender, 320))
                .param("subject", subject == null ? null : TextCut.atMost(subject, 998))
                .param("reason", TextCut.atMost(reason, 1000))
                .param("raw", raw)
                .update();
    }

    /** The quarantine's held mails, newest first, a page at a time (before = the last id seen). */
    List<QuarantinedMail> held(@Nullable Long before, int limit) {
        return jdbc.sql("""
                        select id, mailbox, received_at, sender, subject, reason from mail_quarantine
                        where status = 'HELD' and (cast(:before as bigint) is null or id < :before)
                        order by id desc limit :limit
                        """)
                .param("before", before)
                .param("limit", limit)
                .query((rs, n) -> new QuarantinedMail(
                        rs.getLong("id"),
                        rs.getString("mailbox"),
                        rs.getObject("received_at", java.time.OffsetDateTime.class)
                                .toInstant(),
                        rs.getString("sender"),
                        rs.getString("subject"),
                        rs.getString("reason")))
                .list();
    }

    /** A held mail, locked until the end of the transaction, so that two retries of it cannot both run. */
    Optional<Held> lockHeld(long id) {
        return jdbc.sql("""
                        select mailbox, uid, message_key, raw from mail_quarantine
                        where id = :id and status = 'HELD' for update
                        """)
                .param("id", id)
                .query((rs, n) -> new Held(
                        id,
                        rs.getString("mailbox"),
                        rs.getLong("uid"),
                        rs.getString("message_key"),
                        rs.getBytes("raw")))
                .optional();
    }

    /**
     * Lets a held mail be taken again: its record without a ticket, which keeps a message offered again from being
     * held twice, goes, in the transaction that then takes it.
     */
    void release(Held held) {
        jdbc.sql("delete from mail_message where direction = 'IN' and message_id = :key and ticket_id is null")
                .param("key", held.key())
                .update();
    }

    void markRetried(long id) {
        jdbc.sql("update mail_quarantine set status = 'RETRIED' where id = :id")
                .param("id", id)
                .update();
    }

    /** Why a retry failed too: the mail stays held with the newer reason. */
    void keepHeld(long id, String reason) {
        jdbc.sql("update mail_quarantine set reason = :reason where id = :id and status = 'HELD'")
                .param("id", id)
                .param("reason", TextCut.atMost(reason, 1000))
                .update();
    }

    /** A held mail as a retry reads it. */
    record Held(long id, String mailbox, long uid, String key, byte[] raw) {}

    /**
     * Records an acknowledgement of this ticket to this recipient if the ticket has none yet and the recipient got
     * fewer than {@code limit} since {@code since}; true when it was recorded (and is to be sent). Acknowledgements
     * to one recipient are counted one transaction at a time (a lock on the address until the commit), so two
     * mailboxes taking mail of one sender at once cannot both pass the limit.
     */
    boolean recordAcknowledgement(long ticketId, String recipient, Instant now, Instant since, int limit) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('mail-ack:' || :recipient))")
                .param("recipient", recipient)
                .query((rs, n) -> 1)
                .list();
        int recent = jdbc.sql("select count(*) from mail_acknowledgement where recipient = :recipient and at > :since")
                .param("recipient", recipient)
                .param("since", since.atOffset(ZoneOffset.UTC))
                .query(Integer.class)
                .single();
        if (recent >= limit) {
            return false;
        }
        return jdbc.sql("""
                        insert into mail_acknowledgement (ticket_id, recipient, at) values (:ticket, :recipient, :at)
                        on conflict (ticket_id) do nothing
                        """)
                        .param("ticket", ticketId)
                        .param("recipient", recipient)
                        .param("at", now.atOffset(ZoneOffset.UTC))
                        .update()
                == 1;
    }
}

package be.miis.frontdesk.mail;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The personal data the mail module holds, for retention and for the rights of the people in it (docs/privacy.md):
 * the mails of anonymised tickets lose their addresses, subjects, texts, HTML and attachments; decided quarantine
 * entries and sent outbox mails older than their period are removed — never a mail still held for a decision or
 * still waiting to be sent. Set-based SQL in batches, in the caller's transaction.
 */
@Service
public class MailPersonalData {

    private static final String ANONYMISED = "—";

    private final JdbcClient jdbc;
    private final AttachmentStore attachments;

    MailPersonalData(JdbcClient jdbc, AttachmentStore attachments) {
        this.jdbc = jdbc;
        this.attachments = attachments;
    }

    /** Clears what the mails of those tickets said and who they were from or to; their dates and ids stay. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void anonymiseTickets(Collection<Long> ticketIds) {
        if (ticketIds.isEmpty()) {
            return;
        }
        Long[] ids = ticketIds.toArray(Long[]::new);
        attachments.forgetOfTickets(ids);
        jdbc.sql("update mail_entry set html = null where ticket_id = any(:ids) and html is not null")
                .param("ids", ids)
                .update();
        jdbc.sql("""
                        update mail_message set sender = :anonymised, recipient = null, subject = :anonymised
                        where ticket_id = any(:ids)
                        """).param("anonymised", ANONYMISED).param("ids", ids).update();
        jdbc.sql("update mail_acknowledgement set recipient = :anonymised where ticket_id = any(:ids)")
                .param("anonymised", ANONYMISED)
                .param("ids", ids)
                .update();
        // A mail still waiting to be sent keeps what it needs to be sent.
        jdbc.sql("""
                        update mail_outbox
                        set recipient = null, subject = :anonymised, text_body = '', html_body = '', last_error = null
                        where ticket_id = any(:ids) and status <> 'PENDING'
                        """).param("anonymised", ANONYMISED).param("ids", ids).update();
    }

    /** How many decided quarantine entries (retried, ticketed, discarded) were decided before {@code cutoff}. */
    @Transactional(readOnly = true)
    public long countDecidedQuarantineBefore(Instant cutoff) {
        return jdbc.sql("""
                        select count(*) from mail_quarantine
                        where status <> 'HELD' and coalesce(decided_at, received_at) < :cutoff
                        """)
                .param("cutoff", Timestamp.from(cutoff))
                .query(Long.class)
                .single();
    }

    /** Removes the next batch of those entries; returns how many (0 when none is left). */
    @Transactional(propagation = Propagation.MANDATORY)
    public int removeDecidedQuarantineBefore(Instant cutoff, int batchSize) {
        return jdbc.sql("""
                        delete from mail_quarantine where id in (
                            select id from mail_quarantine
                            where status <> 'HELD' and coalesce(decided_at, received_at) < :cutoff
                            order by coalesce(decided_at, received_at), id
                            limit :limit
                            for update skip locked)
                        """)
                .param("cutoff", Timestamp.from(cutoff))
                .param("limit", batchSize)
                .update();
    }

    /** How many outbox mails were sent before {@code cutoff}. */
    @Transactional(readOnly = true)
    public long countSentOutboxBefore(Instant cutoff) {
        return jdbc.sql("select count(*) from mail_outbox where status = 'SENT' and sent_at < :cutoff")
                .param("cutoff", Timestamp.from(cutoff))
                .query(Long.class)
                .single();
    }

    /** Removes the next batch of those mails; returns how many (0 when none is left). */
    @Transactional(propagation = Propagation.MANDATORY)
    public int removeSentOutboxBefore(Instant cutoff, int batchSize) {
        return jdbc.sql("""
                        delete from mail_outbox where id in (
                            select id from mail_outbox
                            where status = 'SENT' and sent_at < :cutoff
                            order by sent_at, id
                            limit :limit
                            for update skip locked)
                        """)
                .param("cutoff", Timestamp.from(cutoff))
                .param("limit", batchSize)
                .update();
    }

    /** A mail received or sent for a ticket, as an export lists it. */
    public record MailRecord(
            long ticketId,
            String direction,
            String sender,
            @Nullable String recipient,
            String subject,
            Instant at) {}

    /** A mail's attachment as an export lists it: its description, not its content. */
    public record AttachmentRecord(
            long ticketId,
            String fileName,
            String contentType,
            long size,
            @Nullable String notKept) {}

    /** A letter the outbox wrote for a ticket. */
    public record OutboxRecord(
            long ticketId,
            String kind,
            @Nullable String recipient,
            String subject,
            String status,
            Instant createdAt,
            @Nullable Instant sentAt) {}

    /** The mails of those tickets, oldest first. */
    @Transactional(readOnly = true)
    public List<MailRecord> mails(Collection<Long> ticketIds) {
        return jdbc.sql("""
                        select ticket_id, direction, sender, recipient, subject, at from mail_message
                        where ticket_id = any(:ids) order by at, id
                        """)
                .param("ids", ticketIds.toArray(Long[]::new))
                .query((rs, n) -> new MailRecord(
                        rs.getLong("ticket_id"),
                        rs.getString("direction"),
                        rs.getString("sender"),
                        rs.getString("recipient"),
                        rs.getString("subject"),
                        rs.getTimestamp("at").toInstant()))
                .list();
    }

    /** The attachments of those tickets' mails. */
    @Transactional(readOnly = true)
    public List<AttachmentRecord> attachments(Collection<Long> ticketIds) {
        return jdbc.sql("""
                        select ticket_id, file_name, content_type, size, not_kept from mail_attachment
                        where ticket_id = any(:ids) order by mail_entry_id, position
                        """)
                .param("ids", ticketIds.toArray(Long[]::new))
                .query((rs, n) -> new AttachmentRecord(
                        rs.getLong("ticket_id"),
                        rs.getString("file_name"),
                        rs.getString("content_type"),
                        rs.getLong("size"),
                        rs.getString("not_kept")))
                .list();
    }

    /** The outbox's letters for those tickets, oldest first. */
    @Transactional(readOnly = true)
    public List<OutboxRecord> letters(Collection<Long> ticketIds) {
        return jdbc.sql("""
                        select ticket_id, kind, recipient, subject, status, created_at, sent_at from mail_outbox
                        where ticket_id = any(:ids) order by created_at, id
                        """)
                .param("ids", ticketIds.toArray(Long[]::new))
                .query((rs, n) -> new OutboxRecord(
                        rs.getLong("ticket_id"),
                        rs.getString("kind"),
                        rs.getString("recipient"),
                        rs.getString("subject"),
                        rs.getString("status"),
                        rs.getTimestamp("created_at").toInstant(),
                        rs.getTimestamp("sent_at") == null
                                ? null
                                : rs.getTimestamp("sent_at").toInstant()))
                .list();
    }
}

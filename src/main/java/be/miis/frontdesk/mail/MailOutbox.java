package be.miis.frontdesk.mail;

import be.miis.frontdesk.escalation.CalendarAdministration;
import be.miis.frontdesk.shared.ContentLanguage;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The transactional outbox of outgoing mail (docs/mail.md, "Outbox"). Every mail is rendered and written here in
 * the transaction that causes it, once per dedup key however often its cause is delivered; {@link OutboxSender}
 * delivers it later. A mail without a recipient is kept as FAILED, "no address", so that nothing goes missing
 * unseen.
 */
@Service
public class MailOutbox implements AcknowledgementSink {

    static final String NO_ADDRESS = "no address";

    static final int MAX_ADDRESS = 320;

    /** The working days within which a mail's question gets a documented answer (docs/domain.md). */
    static final int PROMISED_WORKING_DAYS = 2;

    private static final Logger log = LoggerFactory.getLogger(MailOutbox.class);

    private final JdbcClient jdbc;
    private final MailTemplates templates;
    private final CalendarAdministration calendar;
    private final Clock clock;
    private final String portalUrl;
    private final String messageIdDomain;

    MailOutbox(
            JdbcClient jdbc,
            MailTemplates templates,
            CalendarAdministration calendar,
            Clock clock,
            @Value("${frontdesk.portal.url:http://localhost:8080/portal}") String portalUrl,
            @Value("${frontdesk.mail.address:frontdesk@localhost}") String address) {
        this.jdbc = jdbc;
        this.templates = templates;
        this.calendar = calendar;
        this.clock = clock;
        this.portalUrl = portalUrl;
        this.messageIdDomain = messageIdDomain(address);
    }

    /**
     * Writes the acknowledgement of a new ticket from mail in the caller's transaction: reference, the promise of
     * a documented answer within two working days with its date, and the link to the public FAQ, as a reply to the
     * customer's mail. At most one per ticket.
     */
    @Override
    @Transactional
    public void acknowledge(Acknowledgement ack) {
        Instant deadline = calendar.deadline(ack.receivedAt(), PROMISED_WORKING_DAYS);
        RenderedMail content = templates.render(
                OutboxKind.ACKNOWLEDGEMENT,
                ack.language(),
                ack.reference(),
                ack.subject(),
                Map.of("deadline", MailTemplates.date(deadline, ack.language()), "faqUrl", portalUrl));
        write(new OutboxMail(
                OutboxKind.ACKNOWLEDGEMENT,
                "ack:" + ack.ticketId(),
                ack.ticketId(),
                ack.reference(),
                ack.recipient(),
                ack.language(),
                content,
                ack.inReplyTo(),
                List.of(ack.inReplyTo())));
    }

    /**
     * Writes a rendered mail, unless one with its dedup key is there already (events come at least once). Returns
     * whether it was written.
     */
    boolean write(OutboxMail mail) {
        Instant now = clock.instant();
        // An address longer than SMTP allows (RFC 5321: 320) is no address either; it must not fail the caller.
        boolean addressed = mail.recipient() != null
                && !mail.recipient().isBlank()
                && mail.recipient().length() <= MAX_ADDRESS;
        int written = jdbc.sql("""
                        insert into mail_outbox (kind, ticket_id, ticket_reference, recipient, language, subject,
                            text_body, html_body, message_id, in_reply_to, refs, dedup_key, status, attempts,
                            next_attempt_at, last_error, created_at)
                        values (:kind, :ticketId, :reference, :recipient, :language, :subject, :text, :html,
                            :messageId, :inReplyTo, :refs, :dedupKey, :status, 0, :now, :lastError, :now)
                        on conflict (dedup_key) do nothing
                        """)
                .param("kind", mail.kind().name())
                .param("ticketId", mail.ticketId())
                .param("reference", mail.reference())
                .param("recipient", addressed ? mail.recipient() : null)
                .param("language", mail.language().code())
                .param("subject", mail.content().subject())
                .param("text", mail.content().text())
                .param("html", mail.content().html())
                .param("messageId", newMessageId())
                .param("inReplyTo", mail.inReplyTo())
                .param("refs", mail.references().isEmpty() ? null : String.join(" ", mail.references()))
                .param("dedupKey", mail.dedupKey())
                .param("status", addressed ? OutboxStatus.PENDING.name() : OutboxStatus.FAILED.name())
                .param("now", utc(now))
                .param("lastError", addressed ? null : NO_ADDRESS)
                .update();
        if (written == 1 && !addressed) {
            log.warn("Mail {} for {} kept as FAILED: no address to send it to", mail.dedupKey(), mail.reference());
        }
        return written == 1;
    }

    /** The outbox by status (all when null), newest first, at most {@code limit} rows from before {@code beforeId}. */
    @Transactional(readOnly = true)
    public List<OutboxView> find(@Nullable OutboxStatus status, @Nullable Long beforeId, int limit) {
        return jdbc.sql("""
                        select id, kind, ticket_reference, recipient, language, subject, message_id, status,
                               attempts, next_attempt_at, last_error, created_at, sent_at
                        from mail_outbox
                        where (cast(:status as varchar) is null or status = :status)
                          and (cast(:before as bigint) is null or id < :before)
                        order by id desc
                        limit :limit
                        """)
                .param("status", status == null ? null : status.name())
                .param("before", beforeId)
                .param("limit", limit)
                .query(MailOutbox::view)
                .list();
    }

    /**
     * Sends a FAILED mail again with a fresh count of attempts, from now. Returns false when the mail is not
     * FAILED (pending or sent already).
     *
     * @throws OutboxMailNotFoundException when there is no such mail
     */
    @Transactional
    public boolean retry(long id) {
        int changed =
                jdbc.sql("""
                        update mail_outbox set status = 'PENDING', attempts = 0, next_attempt_at = :now,
                            bounced_at = null
                        where id = :id and status = 'FAILED'
                        """).param("id", id).param("now", utc(clock.instant())).update();
        if (changed == 0
                && jdbc.sql("select count(*) from mail_outbox where id = :id")
                                .param("id", id)
                                .query(Long.class)
                                .single()
                        == 0) {
            throw OutboxMailNotFoundException.forId(id);
        }
        return changed == 1;
    }

    /**
     * "Retry now" of the administrators' outbox page: a FAILED mail is sent again as {@link #retry} does; a PENDING
     * one waiting its back-off is made due now, its count of attempts kept. A PENDING mail may also be one a sender
     * is sending at this moment (claimed, its lease running): bringing it forward sends it no second time, because
     * one sender runs at a time (its ShedLock) and records the outcome by id (docs/mail.md, "Admin views").
     *
     * @throws OutboxMailNotFoundException when there is no such mail
     */
    @Transactional
    public RetryNow retryNow(long id) {
        if (retry(id)) {
            return RetryNow.QUEUED_AGAIN;
        }
        Instant now = clock.instant();
        int forward = jdbc.sql("""
                        update mail_outbox set next_attempt_at = :now
                        where id = :id and status = 'PENDING' and next_attempt_at > :now
                        """).param("id", id).param("now", utc(now)).update();
        if (forward == 1) {
            return RetryNow.BROUGHT_FORWARD;
        }
        String status = jdbc.sql("select status from mail_outbox where id = :id")
                .param("id", id)
                .query(String.class)
                .single();
        return OutboxStatus.SENT.name().equals(status) ? RetryNow.ALREADY_SENT : RetryNow.ALREADY_DUE;
    }

    /** What "retry now" did; the last two changed nothing (a second click). */
    public enum RetryNow {
        /** FAILED, now PENDING with a fresh count of attempts. */
        QUEUED_AGAIN,
        /** PENDING in its back-off, now due. */
        BROUGHT_FORWARD,
        /** PENDING and due already: the sender takes it at its next run. */
        ALREADY_DUE,
        ALREADY_SENT
    }

    /** How many mails the outbox holds per status, for the tabs of the administrators' page. */
    @Transactional(readOnly = true)
    public Map<OutboxStatus, Long> countByStatus() {
        Map<OutboxStatus, Long> counts = new java.util.EnumMap<>(OutboxStatus.class);
        for (OutboxStatus status : OutboxStatus.values()) {
            counts.put(status, 0L);
        }
        jdbc.sql("select status, count(*) as n from mail_outbox group by status")
                .query((rs, n) -> counts.put(OutboxStatus.valueOf(rs.getString("status")), rs.getLong("n")))
                .list();
        return counts;
    }

    /** Ours: {@code uuid@frontdesk.<domain of the centre's address>}, so intake knows its own mail when it returns. */
    String newMessageId() {
        return UUID.randomUUID() + "@" + messageIdDomain;
    }

    static String messageIdDomain(String address) {
        int at = address.lastIndexOf('@');
        String domain = at < 0 ? "localhost" : address.substring(at + 1).trim();
        return "frontdesk." + domain.toLowerCase(Locale.ROOT);
    }

    static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static OutboxView view(ResultSet rs, int row) throws SQLException {
        return new OutboxView(
                rs.getLong("id"),
                OutboxKind.valueOf(rs.getString("kind")),
                rs.getString("ticket_reference"),
                rs.getString("recipient"),
                ContentLanguage.fromCode(rs.getString("language")).orElseThrow(),
                rs.getString("subject"),
                rs.getString("message_id"),
                OutboxStatus.valueOf(rs.getString("status")),
                rs.getInt("attempts"),
                instant(rs, "next_attempt_at"),
                rs.getString("last_error"),
                instant(rs, "created_at"),
                rs.getObject("sent_at", OffsetDateTime.class) == null ? null : instant(rs, "sent_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }
}

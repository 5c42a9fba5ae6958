package be.miis.frontdesk.mail;

import be.miis.frontdesk.identity.AuditAction;
import be.miis.frontdesk.identity.AuditLog;
import be.miis.frontdesk.shared.KeysetCursor;
import be.miis.frontdesk.shared.PagedResult;
import be.miis.frontdesk.shared.PlainText;
import be.miis.frontdesk.ticket.TicketService;
import jakarta.mail.Header;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetHeaders;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayInputStream;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The quarantine for administrators (docs/mail.md, "The quarantine" and "Admin views"): the received mails that could
 * not become a ticket, kept with their raw bytes; read, downloaded, retried once what kept them out is put right,
 * turned into a ticket by hand, or discarded. Reading a held mail shows personal data, so it is on the audit trail,
 * as opening a ticket is; so are the decisions.
 */
@Service
public class MailQuarantine {

    /** How much of the raw source (in bytes) the detail page shows; the download has all of it. */
    static final int SOURCE_SHOWN = 100_000;

    private static final int HEADERS_SHOWN = 200;
    private static final String AUDIT_TARGET = "mail_quarantine";

    private final IntakeRecords records;
    private final MailIntake intake;
    private final JdbcClient jdbc;
    private final TicketService tickets;
    private final AuditLog audit;
    private final Clock clock;

    MailQuarantine(
            IntakeRecords records,
            MailIntake intake,
            JdbcClient jdbc,
            TicketService tickets,
            AuditLog audit,
            Clock clock) {
        this.records = records;
        this.intake = intake;
        this.jdbc = jdbc;
        this.tickets = tickets;
        this.audit = audit;
        this.clock = clock;
    }

    /** The held mails, newest first; page on with {@code before} = the last id seen. */
    @Transactional(readOnly = true)
    public List<QuarantinedMail> held(@Nullable Long before, int limit) {
        return records.held(before, limit);
    }

    /**
     * Takes a held mail again. Returns the outcome ({@code OPENED}, {@code REPLIED}, or {@code QUARANTINED} with the
     * reason when it still cannot become a ticket).
     *
     * @throws QuarantinedMailNotFoundException when no mail with this id is held
     */
    public RetryOutcome retry(long id) {
        MailIntake.Retried retried = intake.retry(id);
        return new RetryOutcome(retried.id(), retried.outcome().name(), retried.reason());
    }

    /** What a retry did, for the API. */
    public record RetryOutcome(
            long id, String outcome, @Nullable String reason) {}

    /**
     * The held mails newest first by when they were received, a page at a time ({@code after} = the cursor of the
     * previous page), which the index {@code mail_quarantine_held_idx} serves at any depth.
     */
    @Transactional(readOnly = true)
    public PagedResult<QuarantinedMail> heldPage(@Nullable String after, int pageSize) {
        KeysetCursor cursor = KeysetCursor.parse(after);
        List<QuarantinedMail> rows = jdbc.sql("""
                        select id, mailbox, received_at, sender, subject, reason from mail_quarantine
                        where status = 'HELD'
                          and (cast(:afterAt as timestamptz) is null or (received_at, id) < (:afterAt, :afterId))
                        order by received_at desc, id desc
                        limit :limit
                        """)
                .param("afterAt", cursor == null ? null : MailOutbox.utc(cursor.at()))
                .param("afterId", cursor == null ? 0L : cursor.id())
                .param("limit", pageSize + 1)
                .query((rs, n) -> new QuarantinedMail(
                        rs.getLong("id"),
                        rs.getString("mailbox"),
                        instant(rs, "received_at"),
                        rs.getString("sender"),
                        rs.getString("subject"),
                        rs.getString("reason")))
                .list();
        return PagedResult.ofOneMore(rows, pageSize, mail -> new KeysetCursor(mail.receivedAt(), mail.id()));
    }

    /** How many mails are held, for the list's "showing 50 of 312". */
    @Transactional(readOnly = true)
    public long heldCount() {
        return jdbc.sql("select count(*) from mail_quarantine where status = 'HELD'")
                .query(Long.class)
                .single();
    }

    /**
     * A quarantined mail, whatever its status, read by an administrator (on the audit trail).
     *
     * @throws QuarantinedMailNotFoundException when there is no such mail
     */
    @Transactional
    public QuarantinedMailDetail show(long id, String viewer) {
        Row row = row(id, false).orElseThrow(() -> QuarantinedMailNotFoundException.forId(id));
        audit.record(viewer, AuditAction.VIEWED, AUDIT_TARGET, Long.toString(id), null);
        byte[] raw = row.raw();
        InboundMail mail = InboundMail.of(raw);
        String text = null;
        String textProblem = null;
        try {
            text = mail.text();
        } catch (RuntimeException unreadable) {
            textProblem = unreadable.getMessage();
        }
        // Only the start is decoded: a held mail may be 30 MB. A character cut in two at the end shows as U+FFFD.
        boolean shortened = raw.length > SOURCE_SHOWN;
        String source =
                PlainText.printable(new String(raw, 0, Math.min(raw.length, SOURCE_SHOWN), StandardCharsets.UTF_8));
        return new QuarantinedMailDetail(
                id,
                row.mailbox(),
                row.receivedAt(),
                row.sender(),
                row.subject(),
                row.reason(),
                row.status(),
                row.decidedBy(),
                row.decidedAt(),
                ticketOf(row.key()).orElse(null),
                headers(raw),
                text,
                textProblem,
                source,
                shortened,
                raw.length);
    }

    /**
     * The raw mail as received (or its headers only, for a mail over the size limit), downloaded by an
     * administrator (on the audit trail).
     *
     * @throws QuarantinedMailNotFoundException when there is no such mail
     */
    @Transactional
    public byte[] download(long id, String viewer) {
        byte[] raw = jdbc.sql("select raw from mail_quarantine where id = :id")
                .param("id", id)
                .query((rs, n) -> rs.getBytes("raw"))
                .optional()
                .orElseThrow(() -> QuarantinedMailNotFoundException.forId(id));
        audit.record(viewer, AuditAction.VIEWED, AUDIT_TARGET, Long.toString(id), "raw .eml");
        return raw;
    }

    /**
     * An administrator's retry of a held mail ({@link #retry}), which also records who took it again. A mail no
     * longer held is left as it is.
     *
     * @throws QuarantinedMailNotFoundException when there is no such mail at all
     */
    public QuarantineDecision retryByAdmin(long id, String admin) {
        QuarantineStatus before = statusOf(id);
        if (before != QuarantineStatus.HELD) {
            return already(id);
        }
        RetryOutcome outcome;
        try {
            outcome = retry(id);
        } catch (QuarantinedMailNotFoundException takenMeanwhile) {
            return already(id);
        }
        if (MailIntake.Outcome.QUARANTINED.name().equals(outcome.outcome())) {
            return new QuarantineDecision(
                    QuarantineDecision.Result.STILL_HELD, QuarantineStatus.HELD, null, outcome.reason());
        }
        // The retry committed on its own (a failed one must keep the mail held with its reason); who did it follows.
        jdbc.sql("""
                        update mail_quarantine set decided_by = :admin, decided_at = :at
                        where id = :id and status = 'RETRIED' and decided_by is null
                        """)
                .param("admin", admin)
                .param("at", MailOutbox.utc(clock.instant()))
                .param("id", id)
                .update();
        String reference = ticketOf(keyOf(id)).orElse(null);
        audit.record(admin, AuditAction.CHANGED, AUDIT_TARGET, Long.toString(id), "retried: " + reference);
        return new QuarantineDecision(QuarantineDecision.Result.DONE, QuarantineStatus.RETRIED, reference, null);
    }

    /**
     * Turns a held mail into a new ticket by hand ({@link MailIntake#openByHand}), whatever rule refused it, and
     * records the ticket on the mail's {@code mail_message} row, so that the mailbox offering it again never takes it
     * twice. A mail no longer held is left as it is.
     *
     * @throws QuarantinedMailNotFoundException when there is no such mail at all
     */
    @Transactional
    public QuarantineDecision ticketByHand(long id, String admin) {
        Row row = row(id, true).orElseThrow(() -> QuarantinedMailNotFoundException.forId(id));
        if (row.status() != QuarantineStatus.HELD) {
            return decided(row);
        }
        Instant now = clock.instant();
        MailIntake.Opened opened = intake.openByHand(row.mailbox(), row.raw(), row.receivedAt(), row.reason(), admin);
        jdbc.sql("""
                        insert into mail_message (direction, message_id, mailbox, uid, ticket_id, sender, subject, at)
                        values ('IN', :key, :mailbox, :uid, :ticket, :sender, :subject, :at)
                        on conflict (direction, message_id) do update set ticket_id = excluded.ticket_id
                        where mail_message.ticket_id is null
                        """)
                .param("key", row.key())
                .param("mailbox", row.mailbox())
                .param("uid", row.uid())
                .param("ticket", opened.ticketId())
                .param("sender", row.sender() == null ? "" : row.sender())
                .param("subject", row.subject() == null ? "" : row.subject())
                .param("at", MailOutbox.utc(now))
                .update();
        decide(id, QuarantineStatus.TICKETED, admin, now);
        audit.record(admin, AuditAction.CHANGED, AUDIT_TARGET, Long.toString(id), "ticket: " + opened.reference());
        return new QuarantineDecision(
                QuarantineDecision.Result.DONE, QuarantineStatus.TICKETED, opened.reference(), null);
    }

    /**
     * Puts a held mail aside: DISCARDED with who and when, kept (raw bytes and all), never deleted. Its record in
     * {@code mail_message} stays, so the mailbox offering it again does not hold it twice.
     *
     * @throws QuarantinedMailNotFoundException when there is no such mail at all
     */
    @Transactional
    public QuarantineDecision discard(long id, String admin) {
        if (decide(id, QuarantineStatus.DISCARDED, admin, clock.instant()) == 0) {
            return already(id);
        }
        audit.record(admin, AuditAction.CHANGED, AUDIT_TARGET, Long.toString(id), "discarded");
        return new QuarantineDecision(QuarantineDecision.Result.DONE, QuarantineStatus.DISCARDED, null, null);
    }

    private int decide(long id, QuarantineStatus status, String admin, Instant at) {
        return jdbc.sql("""
                        update mail_quarantine set status = :status, decided_by = :admin, decided_at = :at
                        where id = :id and status = 'HELD'
                        """)
                .param("status", status.name())
                .param("admin", admin)
                .param("at", MailOutbox.utc(at))
                .param("id", id)
                .update();
    }

    private QuarantineDecision already(long id) {
        return decided(row(id, false).orElseThrow(() -> QuarantinedMailNotFoundException.forId(id)));
    }

    private QuarantineDecision decided(Row row) {
        return new QuarantineDecision(
                QuarantineDecision.Result.ALREADY_DECIDED,
                row.status(),
                ticketOf(row.key()).orElse(null),
                null);
    }

    private QuarantineStatus statusOf(long id) {
        return jdbc.sql("select status from mail_quarantine where id = :id")
                .param("id", id)
                .query((rs, n) -> QuarantineStatus.valueOf(rs.getString("status")))
                .optional()
                .orElseThrow(() -> QuarantinedMailNotFoundException.forId(id));
    }

    private String keyOf(long id) {
        return jdbc.sql("select message_key from mail_quarantine where id = :id")
                .param("id", id)
                .query(String.class)
                .single();
    }

    /** The reference of the ticket the mail with this key became, if it became one. */
    private Optional<String> ticketOf(String key) {
        return jdbc.sql("select ticket_id from mail_message where direction = 'IN' and message_id = :key")
                .param("key", key)
                .query((rs, n) -> (Long) rs.getObject("ticket_id"))
                .optional()
                .flatMap(Optional::ofNullable)
                .flatMap(tickets::referenceOf);
    }

    private Optional<Row> row(long id, boolean forUpdate) {
        return jdbc.sql("""
                        select mailbox, uid, message_key, received_at, sender, subject, reason, raw, status,
                               decided_by, decided_at
                        from mail_quarantine where id = :id
                        """ + (forUpdate ? " for update" : ""))
                .param("id", id)
                .query((rs, n) -> new Row(
                        rs.getString("mailbox"),
                        rs.getLong("uid"),
                        rs.getString("message_key"),
                        instant(rs, "received_at"),
                        rs.getString("sender"),
                        rs.getString("subject"),
                        rs.getString("reason"),
                        rs.getBytes("raw"),
                        QuarantineStatus.valueOf(rs.getString("status")),
                        rs.getString("decided_by"),
                        rs.getObject("decided_at", OffsetDateTime.class) == null ? null : instant(rs, "decided_at")))
                .optional();
    }

    /** The header section as the mail has it, unfolded and decoded; a header that does not decode stays as written. */
    static List<QuarantinedMailDetail.Header> headers(byte[] raw) {
        InternetHeaders parsed;
        try {
            parsed = new InternetHeaders(new ByteArrayInputStream(raw));
        } catch (MessagingException unreadable) {
            return List.of();
        }
        List<QuarantinedMailDetail.Header> headers = new ArrayList<>();
        for (Header header : Collections.list(parsed.getAllHeaders())) {
            if (headers.size() == HEADERS_SHOWN) {
                break;
            }
            String value = MimeUtility.unfold(header.getValue() == null ? "" : header.getValue());
            try {
                value = MimeUtility.decodeText(value);
            } catch (UnsupportedEncodingException | RuntimeException unknownCharset) {
                // As written: readable enough for an administrator.
            }
            headers.add(new QuarantinedMailDetail.Header(
                    PlainText.printable(header.getName()), PlainText.printable(value.strip())));
        }
        return headers;
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    private record Row(
            String mailbox,
            long uid,
            String key,
            Instant receivedAt,
            @Nullable String sender,
            @Nullable String subject,
            String reason,
            byte[] raw,
            QuarantineStatus status,
            @Nullable String decidedBy,
            @Nullable Instant decidedAt) {}
}

package be.miis.frontdesk.mail;

import be.miis.frontdesk.shared.TextCut;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers the outbox by SMTP (docs/mail.md, "Outbox"): the due PENDING mails, oldest first, a batch at a time, as
 * multipart/alternative text and HTML, with our own Message-ID, In-Reply-To and References.
 *
 * <p>Never two senders on one mail: a batch is claimed in a short transaction of its own ({@code FOR UPDATE SKIP
 * LOCKED}) that counts the attempt and pushes the mail's next attempt past a lease, so another sender, on this
 * instance or another, passes over it while it is being sent. After SMTP answered, one transaction records the
 * outcome: SENT with the OUT row in {@code mail_message} (what threads the customer's reply), or the error with the
 * next attempt after a back-off, FAILED after the last attempt or at once when the mail cannot be addressed.
 *
 * <p>A crash after the SMTP server accepted a mail and before that transaction leaves the mail PENDING; when the
 * lease runs out it is sent again, with the same Message-ID. Delivery is at least once: a rare duplicate, which the
 * recipient's client can recognise by its Message-ID, rather than a mail lost.
 */
@Component
class OutboxSender {

    static final String LOCK = "mail-outbox-sender";

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

    private static final String CLAIM = """
            with due as (
                select id from mail_outbox
                where status = 'PENDING' and next_attempt_at <= :now
                order by next_attempt_at, id
                limit :batch
                for update skip locked
            )
            update mail_outbox o
            set attempts = o.attempts + 1, next_attempt_at = :leaseUntil
            from due
            where o.id = due.id
            returning o.id, o.kind, o.ticket_id, o.recipient, o.subject, o.text_body, o.html_body, o.message_id,
                      o.in_reply_to, o.refs, o.attempts
            """;

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final ObjectProvider<JavaMailSender> mailSenders;
    private final OutboxProperties properties;
    private final Clock clock;
    private final String from;
    private final AtomicBoolean warnedNoSmtp = new AtomicBoolean();

    OutboxSender(
            JdbcClient jdbc,
            PlatformTransactionManager transactions,
            ObjectProvider<JavaMailSender> mailSenders,
            OutboxProperties properties,
            Clock clock,
            @Value("${frontdesk.mail.address:frontdesk@localhost}") String from) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.mailSenders = mailSenders;
        this.properties = properties;
        this.clock = clock;
        this.from = from;
    }

    /** One run under the cluster-wide lock; on an instance where another holds it, nothing. */
    @SchedulerLock(name = LOCK, lockAtMostFor = "PT10M")
    public void run() {
        int sent = send(clock.instant());
        if (sent > 0) {
            log.info("Mail outbox: {} mails sent", sent);
        }
    }

    /** Sends every mail due at {@code now}, a batch per claim; returns how many the SMTP server accepted. */
    int send(Instant now) {
        JavaMailSender smtp = mailSenders.getIfAvailable();
        if (smtp == null) {
            // Without spring.mail.host there is no sender bean: the mails wait, none of their attempts is spent.
            if (!warnedNoSmtp.getAndSet(true)) {
                log.warn("Mail outbox: no SMTP server configured (spring.mail.host), nothing is sent");
            }
            return 0;
        }
        int sent = 0;
        List<Claimed> batch;
        do {
            batch = claim(now);
            sent += deliver(smtp, batch, now);
        } while (batch.size() == properties.batchSize());
        return sent;
    }

    private List<Claimed> claim(Instant now) {
        return Objects.requireNonNull(transaction.execute(status -> jdbc
                .sql(CLAIM)
                .param("now", MailOutbox.utc(now))
                .param("batch", properties.batchSize())
                .param("leaseUntil", MailOutbox.utc(now.plus(properties.lease())))
                .query((rs, n) -> new Claimed(
                        rs.getLong("id"),
                        OutboxKind.valueOf(rs.getString("kind")),
                        (Long) rs.getObject("ticket_id"),
                        rs.getString("recipient"),
                        rs.getString("subject"),
                        rs.getString("text_body"),
                        rs.getString("html_body"),
                        rs.getString("message_id"),
                        rs.getString("in_reply_to"),
                        rs.getString("refs"),
                        rs.getInt("attempts")))
                .list()
                .stream()
                .sorted(Comparator.comparingLong(Claimed::id))
                .toList()));
    }

    /**
     * Sends a claimed batch over one SMTP connection (a connection per mail costs the handshake each time, and a relay
     * may limit new connections), then records each outcome. A mail that cannot be addressed fails alone and for
     * good; a mail the server refuses fails alone; when the connection cannot be made, every mail of the batch waits
     * its back-off. Returns how many the server accepted.
     */
    private int deliver(JavaMailSender smtp, List<Claimed> batch, Instant now) {
        Map<MimeMessage, Claimed> messages = new LinkedHashMap<>();
        for (Claimed mail : batch) {
            try {
                if (mail.recipient() == null) {
                    throw new AddressException(MailOutbox.NO_ADDRESS);
                }
                messages.put(message(smtp, mail), mail);
            } catch (AddressException e) {
                failed(mail, now, e, true);
            } catch (MessagingException e) {
                failed(mail, now, e, false);
            }
        }
        if (messages.isEmpty()) {
            return 0;
        }
        Map<Object, Exception> refused = new IdentityHashMap<>();
        try {
            smtp.send(messages.keySet().toArray(MimeMessage[]::new));
        } catch (MailSendException e) {
            // Per message: refused by the server, or never offered because the connection failed before it. None
            // listed means every message went out and only closing the connection failed.
            refused.putAll(e.getFailedMessages());
            if (refused.isEmpty()) {
                log.warn("Mail outbox: the batch was sent, closing the SMTP connection failed: {}", reason(e));
            }
        } catch (MailException e) {
            // Authentication refused, or a failure before any message: the whole batch waits.
            messages.keySet().forEach(message -> refused.put(message, e));
        }
        List<Claimed> accepted = new ArrayList<>();
        messages.forEach((message, mail) -> {
            Exception error = refused.get(message);
            if (error == null) {
                accepted.add(mail);
            } else {
                failed(mail, now, error, error instanceof AddressException);
            }
        });
        if (!accepted.isEmpty()) {
            sent(accepted, now);
        }
        return accepted.size();
    }

    /** One transaction for the mails of a batch that the server accepted: SENT, and their OUT rows for threading. */
    private void sent(List<Claimed> accepted, Instant now) {
        transaction.executeWithoutResult(status -> {
            for (Claimed mail : accepted) {
                jdbc.sql("""
                                update mail_outbox set status = 'SENT', sent_at = :now, last_error = null
                                where id = :id
                                """)
                        .param("id", mail.id())
                        .param("now", MailOutbox.utc(now))
                        .update();
                jdbc.sql("""
                                insert into mail_message (direction, message_id, ticket_id, sender, recipient, subject, at)
                                values ('OUT', :messageId, :ticketId, :sender, :recipient, :subject, :now)
                                on conflict (direction, message_id) do nothing
                                """)
                        .param("messageId", mail.messageId())
                        .param("ticketId", mail.ticketId())
                        .param("sender", from)
                        .param("recipient", mail.recipient())
                        .param("subject", mail.subject())
                        .param("now", MailOutbox.utc(now))
                        .update();
            }
        });
    }

    /** Counted already by the claim: waits the back-off, or is given up after the last attempt or a bad address. */
    private void failed(Claimed mail, Instant now, Exception error, boolean permanent) {
        boolean givenUp = permanent || mail.attempts() >= properties.maxAttempts();
        String reason = reason(error);
        log.warn(
                "Mail outbox: mail {} to {} failed (attempt {}{}): {}",
                mail.id(),
                mail.recipient(),
                mail.attempts(),
                givenUp ? ", given up" : "",
                reason);
        transaction.executeWithoutResult(status -> jdbc.sql("""
                        update mail_outbox set status = :status, next_attempt_at = :next, last_error = :error
                        where id = :id
                        """)
                .param("id", mail.id())
                .param("status", givenUp ? OutboxStatus.FAILED.name() : OutboxStatus.PENDING.name())
                .param("next", MailOutbox.utc(givenUp ? now : now.plus(properties.backOff(mail.attempts()))))
                .param("error", reason)
                .update());
    }

    private MimeMessage message(JavaMailSender smtp, Claimed mail) throws MessagingException {
        Session session =
                smtp instanceof JavaMailSenderImpl impl ? impl.getSession() : Session.getInstance(new Properties());
        MimeMessage message = new OwnMessageId(session, mail.messageId());
        message.setFrom(new InternetAddress(from, true));
        message.setRecipients(
                MimeMessage.RecipientType.TO, InternetAddress.parse(Objects.requireNonNull(mail.recipient()), true));
        message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
        message.setSentDate(java.util.Date.from(clock.instant()));
        if (mail.inReplyTo() != null) {
            message.setHeader("In-Reply-To", "<" + mail.inReplyTo() + ">");
        }
        if (mail.references() != null) {
            message.setHeader("References", bracketed(mail.references()));
        }
        // RFC 3834: what a machine writes says so, so that the other side's auto-responders stay silent.
        if (mail.kind() == OutboxKind.ACKNOWLEDGEMENT) {
            message.setHeader("Auto-Submitted", "auto-replied");
        } else if (mail.kind() == OutboxKind.SLA_NOTICE) {
            message.setHeader("Auto-Submitted", "auto-generated");
        }
        MimeBodyPart text = new MimeBodyPart();
        text.setText(mail.text(), StandardCharsets.UTF_8.name(), "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(mail.html(), StandardCharsets.UTF_8.name(), "html");
        MimeMultipart alternative = new MimeMultipart("alternative", text, html);
        message.setContent(alternative);
        return message;
    }

    private static String bracketed(String references) {
        StringBuilder header = new StringBuilder();
        for (String id : references.trim().split("\\s+")) {
            header.append(header.isEmpty() ? "" : " ").append('<').append(id).append('>');
        }
        return header.toString();
    }

    private static String reason(Exception error) {
        Throwable cause = error;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String text = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        if (cause != error && cause.getMessage() != null) {
            text = text + " (" + cause.getMessage() + ")";
        }
        return TextCut.atMost(text, 1000);
    }

    /** Keeps the Message-ID the outbox generated: Jakarta Mail would set one of its own when the message is saved. */
    private static final class OwnMessageId extends MimeMessage {

        private final String messageId;

        OwnMessageId(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", "<" + messageId + ">");
        }
    }

    private record Claimed(
            long id,
            OutboxKind kind,
            @Nullable Long ticketId,
            @Nullable String recipient,
            String subject,
            String text,
            String html,
            String messageId,
            @Nullable String inReplyTo,
            @Nullable String references,
            int attempts) {}
}

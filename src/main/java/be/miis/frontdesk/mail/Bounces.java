package be.miis.frontdesk.mail;

import be.miis.frontdesk.organisation.OrganisationService;
import be.miis.frontdesk.shared.TextCut;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What a delivery report on a mail we sent does (docs/mail.md, "Bounces"), in intake's transaction: a failure marks
 * the outbox mail as bounced (FAILED, "not delivered" on the ticket), and a permanent one (5.x.x) the contact's address
 * as failing; a temporary one (4.x.x) leaves the address alone, a delay or a success changes nothing. Never a ticket,
 * an acknowledgement or a reopened
 * ticket. A report that names no mail we sent, or not the address we sent it to, is not trusted: it goes to the
 * quarantine, as a report that cannot be read does, and so does a bounce without the machine-readable part.
 *
 * <p>Only a report carrying one of our own Message-IDs counts, because those are random: a forged report cannot mark
 * somebody's address as failing without a copy of the mail we sent them.
 */
@Component
class Bounces {

    private static final Logger log = LoggerFactory.getLogger(Bounces.class);

    private final JdbcClient jdbc;
    private final OrganisationService organisations;

    Bounces(JdbcClient jdbc, OrganisationService organisations) {
        this.jdbc = jdbc;
        this.organisations = organisations;
    }

    /**
     * Records what this report says about the mail it answers. Joins the caller's transaction.
     *
     * @return what became of each verdict the report gives on our mail
     * @throws InboundMail.UnreadableMailException when the mail is not a delivery report that names a mail we sent to
     *     one of its recipients: it goes to the quarantine with this reason
     */
    List<Verdict> take(InboundMail mail, Instant now) {
        DeliveryReport report = DeliveryReport.of(mail.message())
                .orElseThrow(() -> new InboundMail.UnreadableMailException(
                        mail.isReport()
                                ? "a report (multipart/report) that is no delivery status notification"
                                : "a bounce without a delivery status notification (from mailer-daemon)"));
        Sent sent = sentMail(report.reportedMessageIds())
                .orElseThrow(() -> new InboundMail.UnreadableMailException(
                        "a delivery report (multipart/report) on no mail we sent"));
        List<DeliveryReport.Recipient> about = report.recipients().stream()
                .filter(recipient -> sent.recipient() != null && recipient.concerns(sent.recipient()))
                .toList();
        if (about.isEmpty()) {
            throw new InboundMail.UnreadableMailException(
                    "a delivery report (multipart/report) on mail %s that names none of its recipients"
                            .formatted(sent.messageId()));
        }
        return about.stream().map(recipient -> record(sent, recipient, now)).toList();
    }

    private Verdict record(Sent sent, DeliveryReport.Recipient recipient, Instant now) {
        String address = Objects.requireNonNull(sent.recipient());
        if (!recipient.failed()) {
            log.info(
                    "Delivery report on mail {} to {}: {} {} (not a failure, nothing marked)",
                    sent.messageId(),
                    address,
                    recipient.action(),
                    recipient.status());
            return Verdict.NO_FAILURE;
        }
        String reason =
                recipient.diagnostic() == null ? recipient.status() : recipient.status() + " " + recipient.diagnostic();
        if (sent.outboxId() != null) {
            jdbc.sql("""
                            update mail_outbox set status = 'FAILED', bounced_at = :at, last_error = :error
                            where id = :id
                            """)
                    .param("id", sent.outboxId())
                    .param("at", MailOutbox.utc(now))
                    .param("error", TextCut.atMost("bounced: " + reason, 1000))
                    .update();
        }
        if (!recipient.permanentFailure()) {
            log.info("Mail {} to {} not delivered, a temporary failure: {}", sent.messageId(), address, reason);
            return Verdict.NOT_DELIVERED;
        }
        boolean contact = organisations.markEmailFailing(address, now, recipient.status(), recipient.diagnostic());
        log.info(
                "Mail {} to {} bounced ({}): {}",
                sent.messageId(),
                address,
                contact ? "the contact's address is marked as failing" : "no contact has that address",
                reason);
        return Verdict.ADDRESS_FAILING;
    }

    /**
     * Whether the mail is a bounce to be handled here rather than a question: a report (RFC 6522), or any mail from a
     * {@code mailer-daemon} address, the sender of bounces by convention, which a person does not write from; such
     * a bounce in plain text, without a delivery status, goes to the quarantine ({@code postmaster}, which people
     * do answer from, is left to the loop rules).
     */
    static boolean isBounce(InboundMail mail) {
        if (mail.isReport()) {
            return true;
        }
        try {
            String sender = mail.sender();
            return sender.substring(0, sender.indexOf('@')).equals("mailer-daemon");
        } catch (RuntimeException noSender) {
            return false;
        }
    }

    /** The first of these Message-IDs that is a mail we sent, with its outbox row when it has one. */
    private Optional<Sent> sentMail(List<String> messageIds) {
        if (messageIds.isEmpty()) {
            return Optional.empty();
        }
        List<Sent> found = jdbc.sql("""
                        select m.message_id, m.recipient, o.id as outbox_id
                        from mail_message m left join mail_outbox o on o.message_id = m.message_id
                        where m.direction = 'OUT' and m.message_id in (:ids)
                        """)
                .param("ids", messageIds)
                .query((rs, n) -> new Sent(
                        rs.getString("message_id"), rs.getString("recipient"), (Long) rs.getObject("outbox_id")))
                .list();
        return messageIds.stream()
                .flatMap(id -> found.stream().filter(sent -> sent.messageId().equals(id)))
                .findFirst();
    }

    /** What a verdict on our mail did. */
    enum Verdict {
        /** Given up with a 5.x.x status: the mail is marked bounced and the address failing. */
        ADDRESS_FAILING,
        /** Given up with a 4.x.x status: the mail is marked bounced, the address is not. */
        NOT_DELIVERED,
        /** Delayed, delivered, relayed or expanded: nothing to mark. */
        NO_FAILURE
    }

    private record Sent(
            String messageId,
            @Nullable String recipient,
            @Nullable Long outboxId) {}
}

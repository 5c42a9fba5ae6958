package be.miis.frontdesk.mail;

import be.miis.frontdesk.mail.InboundMail.UnreadableMailException;
import be.miis.frontdesk.organisation.ContactView;
import be.miis.frontdesk.organisation.OrganisationService;
import be.miis.frontdesk.organisation.OrganisationSummary;
import be.miis.frontdesk.shared.ContentLanguage;
import be.miis.frontdesk.shared.InputDates;
import be.miis.frontdesk.shared.TextCut;
import be.miis.frontdesk.shared.TextLanguage;
import be.miis.frontdesk.ticket.Channel;
import be.miis.frontdesk.ticket.OpenTicket;
import be.miis.frontdesk.ticket.TicketService;
import be.miis.frontdesk.ticket.TicketType;
import jakarta.mail.MessagingException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes one received mail into the application, in one transaction: a new ticket or a reply on its ticket, the
 * {@code mail_message} row that makes it idempotent and threads later replies, and the acknowledgement when one is
 * due (docs/mail.md, "Intake"). A mail that cannot become a ticket goes to the quarantine instead, in a transaction
 * of its own, so that it never stops the mailbox. The caller flags the mail on the server only after this returns.
 */
@Component
class MailIntake {

    /** The author of what mail brings in: the timeline and {@code ticket.created_by} name users by name. */
    static final String ACTOR = "mail";

    private static final Logger log = LoggerFactory.getLogger(MailIntake.class);
    private static final int SUBJECT_MAX = 200;

    private final TicketService tickets;
    private final OrganisationService organisations;
    private final IntakeRecords records;
    private final AcknowledgementSink acknowledgements;
    private final AttachmentStore attachments;
    private final Bounces bounces;
    private final MailProperties properties;
    private final TransactionTemplate transaction;
    private final Clock clock;

    MailIntake(
            TicketService tickets,
            OrganisationService organisations,
            IntakeRecords records,
            AcknowledgementSink acknowledgements,
            AttachmentStore attachments,
            Bounces bounces,
            MailProperties properties,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.tickets = tickets;
        this.organisations = organisations;
        this.records = records;
        this.acknowledgements = acknowledgements;
        this.attachments = attachments;
        this.bounces = bounces;
        this.properties = properties;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** What became of a mail. */
    enum Outcome {
        OPENED,
        REPLIED,
        /** Taken before (its Message-ID is known): the server offered it again, e.g. after a crash before the flag. */
        ALREADY_TAKEN,
        /** A delivery report on a mail we sent, recorded on that mail and its address (docs/mail.md, "Bounces"). */
        BOUNCE,
        QUARANTINED
    }

    /**
     * Takes the mail with this UID from this mailbox. Returns once what it decided is committed.
     *
     * @throws DataAccessException when even the quarantine cannot be written (the database
     *     is down): the mail is then left unflagged for the next poll
     */
    Outcome take(MailProperties.Mailbox mailbox, long uid, byte[] raw) {
        InboundMail mail = InboundMail.of(raw);
        try {
            Outcome outcome = transaction.execute(status -> intoTicket(mailbox, uid, mail));
            return outcome == null ? Outcome.ALREADY_TAKEN : outcome;
        } catch (UnreadableMailException unreadable) {
            return quarantine(mailbox, uid, mail, unreadable.getMessage());
        } catch (RuntimeException failed) {
            if (failed instanceof DataAccessException && records.received(mail.key())) {
                // A second instance took the same mail in the meantime (the unique key stopped this one).
                return Outcome.ALREADY_TAKEN;
            }
            log.warn("Mail {} of mailbox {} could not become a ticket", uid, mailbox.name(), failed);
            return quarantine(mailbox, uid, mail, failed.getClass().getSimpleName() + ": " + failed.getMessage());
        }
    }

    /**
     * Quarantines a mail that is not to be taken whole (too large), kept by what the caller could read of it (its
     * headers), which also give its key: offered again, it is not held twice.
     */
    Outcome refuse(MailProperties.Mailbox mailbox, long uid, byte[] kept, String reason) {
        return quarantine(mailbox, uid, InboundMail.of(kept), reason);
    }

    /**
     * Takes a held mail of the quarantine again (an admin's retry, after whatever kept it out was put right): in one
     * transaction it leaves the quarantine and becomes a ticket or a reply, exactly as from the mailbox. When it still
     * cannot, it stays held with the newer reason and nothing else changes.
     *
     * @throws QuarantinedMailNotFoundException when no mail with this id is held
     */
    Retried retry(long quarantineId) {
        try {
            Outcome outcome = transaction.execute(status -> {
                IntakeRecords.Held held = records.lockHeld(quarantineId)
                        .orElseThrow(() -> QuarantinedMailNotFoundException.forId(quarantineId));
                records.release(held);
                Outcome taken = intoTicket(mailboxNamed(held.mailbox()), held.uid(), InboundMail.of(held.raw()));
                records.markRetried(quarantineId);
                return taken;
            });
            return new Retried(quarantineId, outcome == null ? Outcome.ALREADY_TAKEN : outcome, null);
        } catch (QuarantinedMailNotFoundException notHeld) {
            throw notHeld;
        } catch (RuntimeException failed) {
            String reason = failed instanceof UnreadableMailException
                    ? failed.getMessage()
                    : failed.getClass().getSimpleName() + ": " + failed.getMessage();
            transaction.executeWithoutResult(status -> records.keepHeld(quarantineId, reason));
            log.warn("Quarantined mail {} could not become a ticket on retry: {}", quarantineId, reason);
            return new Retried(quarantineId, Outcome.QUARANTINED, reason);
        }
    }

    /** What a retry did: the mail's outcome, and why it is still held when it is. */
    record Retried(long id, Outcome outcome, @Nullable String reason) {}

    /**
     * Opens a new ticket from a held mail by an administrator's decision, whatever rule kept it out (a bounce, a
     * mail with only its headers kept), in the caller's transaction: the sender and language as for any mail, what
     * text can be read (else the subject, else the reason it was held), and a note saying why it was held. No
     * threading and no acknowledgement: the admin chose a new ticket, and the sender may be a machine
     * (docs/mail.md, "Admin views"). Returns the new ticket's id and reference.
     */
    Opened openByHand(String mailboxName, byte[] raw, Instant heldAt, String reason, String actor) {
        InboundMail mail = InboundMail.of(raw);
        String sender = orNull(mail::sender);
        String subject = Optional.ofNullable(orNull(mail::subject)).orElse("");
        // What of its parts can be read is kept as for any mail: the admin turned it into a ticket to be worked on.
        @Nullable MailParts parts = orNull(() -> attachments.read(mail));
        String text = Optional.ofNullable(orNull(mail::text))
                .filter(read -> !read.isBlank())
                .orElse(parts == null ? "" : parts.text());
        String description = text.isBlank() ? (subject.isBlank() ? reason : subject) : text;
        Caller caller = sender == null ? new Caller(null, null) : caller(sender);
        MailProperties.Mailbox mailbox = mailboxNamed(mailboxName);
        String reference = tickets.open(
                new OpenTicket(
                        Channel.EMAIL,
                        TicketType.QUESTION,
                        mailbox.defaultDomain(),
                        language(caller, subject + "\n" + text, mailbox),
                        caller.organisation() == null
                                ? null
                                : caller.organisation().id(),
                        caller.contact() == null ? null : caller.contact().id(),
                        TextCut.shortened(SubjectLine.withoutPrefixes(subject), SUBJECT_MAX),
                        description,
                        receivedAt(mail.sentAt(), heldAt),
                        null,
                        OpenTicket.Outcome.OPEN,
                        null),
                actor);
        // Header lines, as intake's own note: they read the same in every language.
        String from = sender == null ? "" : "From: " + orNull(mail::senderAsWritten) + "\n";
        tickets.addNote(reference, from + "X-Frontdesk-Quarantine: " + reason, actor);
        long ticketId = tickets.findId(reference).orElseThrow();
        if (parts != null) {
            attachments.keep(ticketId, tickets.questionEntry(reference), mail.key(), parts, clock.instant());
        }
        return new Opened(ticketId, reference);
    }

    /** A ticket opened from a held mail. */
    record Opened(long ticketId, String reference) {}

    /** The configured mailbox of that name; a mailbox since removed from the settings takes the first one's defaults. */
    private MailProperties.Mailbox mailboxNamed(String name) {
        List<MailProperties.Mailbox> mailboxes = properties.mailboxes();
        return mailboxes.stream()
                .filter(mailbox -> mailbox.name().equals(name))
                .findFirst()
                .orElse(mailboxes.get(0));
    }

    private Outcome intoTicket(MailProperties.Mailbox mailbox, long uid, InboundMail mail) {
        if (records.received(mail.key())) {
            return Outcome.ALREADY_TAKEN;
        }
        if (Bounces.isBounce(mail)) {
            // A bounce answers a mail we sent: never a question, never acknowledged, never reopening anything; one
            // that names no mail of ours goes to the quarantine (docs/mail.md, "Bounces").
            Instant at = clock.instant();
            bounces.take(mail, at);
            String from = orNull(mail::sender);
            records.recordReceived(mail.key(), mailbox.name(), uid, null, from == null ? "" : from, mail.subject(), at);
            return Outcome.BOUNCE;
        }
        String sender = mail.sender();
        String subject = mail.subject();
        MailParts parts = attachments.read(mail);
        // A winmail.dat's body is the text of a mail that has none of its own (docs/mail.md, "Attachments").
        String text = mail.text().isBlank() ? parts.text() : mail.text();
        Instant now = clock.instant();
        if (noAutomaticAnswer(mail, sender).isEmpty()) {
            // A person writing from an address that bounced shows it works again (docs/mail.md, "Bounces").
            organisations.clearEmailFailure(sender);
        }
        Optional<Conversation> reply = thread(mail, subject);
        if (reply.isPresent()) {
            String reference = reply.get().reference();
            UUID entry;
            if (noAutomaticAnswer(mail, sender).isPresent()) {
                // An out-of-office on our answer: kept on the timeline, but it must not reopen the ticket.
                entry = tickets.addNote(reference, bodyOrSubject(text, subject), ACTOR);
            } else {
                entry = tickets.receiveReply(reference, bodyOrSubject(text, subject), Channel.EMAIL, ACTOR);
            }
            attachments.keep(reply.get().ticketId(), entry, mail.key(), parts, now);
            records.recordReceived(mail.key(), mailbox.name(), uid, reply.get().ticketId(), sender, subject, now);
            return Outcome.REPLIED;
        }
        Caller caller = caller(sender);
        ContentLanguage language = language(caller, subject + "\n" + text, mailbox);
        Instant receivedAt = receivedAt(mail.sentAt(), now);
        String title = SubjectLine.withoutPrefixes(subject);
        String reference = tickets.open(
                new OpenTicket(
                        Channel.EMAIL,
                        TicketType.QUESTION,
                        mailbox.defaultDomain(),
                        language,
                        caller.organisation() == null
                                ? null
                                : caller.organisation().id(),
                        caller.contact() == null ? null : caller.contact().id(),
                        TextCut.shortened(title, SUBJECT_MAX),
                        bodyOrSubject(text, title),
                        receivedAt,
                        null,
                        OpenTicket.Outcome.OPEN,
                        null),
                ACTOR);
        if (caller.organisation() == null) {
            // The agent links the ticket to the right organisation and needs the address to find it; the line is in
            // the form of a mail header, not a sentence, so it reads the same in every language.
            tickets.addNote(reference, "From: " + mail.senderAsWritten(), ACTOR);
        }
        long ticketId = tickets.findId(reference).orElseThrow();
        attachments.keep(ticketId, tickets.questionEntry(reference), mail.key(), parts, now);
        records.recordReceived(mail.key(), mailbox.name(), uid, ticketId, sender, subject, now);
        acknowledge(mail, sender, ticketId, reference, language, receivedAt, subject, now);
        return Outcome.OPENED;
    }

    /** The ticket a reply belongs to: a reference in the subject that exists, else the mails it answers. */
    private Optional<Conversation> thread(InboundMail mail, String subject) {
        for (String reference : SubjectLine.references(subject)) {
            Optional<Long> ticketId = tickets.findId(reference);
            if (ticketId.isPresent()) {
                return Optional.of(new Conversation(ticketId.get(), reference));
            }
        }
        return records.ticketOfFirst(mail.answers()).flatMap(ticketId -> tickets.referenceOf(ticketId)
                .map(reference -> new Conversation(ticketId, reference)));
    }

    /** The ticket a reply joins, found once by id and reference. */
    private record Conversation(long ticketId, String reference) {}

    private void acknowledge(
            InboundMail mail,
            String sender,
            long ticketId,
            String reference,
            ContentLanguage language,
            Instant receivedAt,
            String subject,
            Instant now) {
        Optional<String> why = noAutomaticAnswer(mail, sender);
        if (why.isPresent()) {
            log.info("No acknowledgement of {} to {}: {}", reference, sender, why.get());
            return;
        }
        MailProperties.Acknowledgements limits = properties.acknowledgements();
        if (!records.recordAcknowledgement(ticketId, sender, now, now.minus(limits.window()), limits.perSender())) {
            log.info(
                    "No acknowledgement of {} to {}: over {} in {}",
                    reference,
                    sender,
                    limits.perSender(),
                    limits.window());
            return;
        }
        acknowledgements.acknowledge(
                new Acknowledgement(ticketId, reference, sender, language, receivedAt, inReplyTo(mail), subject));
    }

    /** The Message-ID the acknowledgement answers; empty for a mail without one (its key is then a hash). */
    private static String inReplyTo(InboundMail mail) {
        return mail.key().startsWith(InboundMail.HASH_PREFIX) ? "" : mail.key();
    }

    private Optional<String> noAutomaticAnswer(InboundMail mail, String sender) {
        try {
            return LoopRules.whyNoAutomaticAnswer(
                    mail.message(), sender, properties.address(), properties.messageIdDomain());
        } catch (MessagingException unreadable) {
            return Optional.of("unreadable headers");
        }
    }

    /** The contact with the sender's address, else the one organisation whose mail domain it is. */
    private Caller caller(String sender) {
        Optional<ContactView> contact = organisations.findContactByEmail(sender);
        if (contact.isPresent()) {
            return new Caller(
                    organisations.findSummary(contact.get().organisationId()).orElseThrow(), contact.get());
        }
        String domain = sender.substring(sender.lastIndexOf('@') + 1);
        return new Caller(organisations.findByEmailDomain(domain).orElse(null), null);
    }

    /**
     * The contact's language; else the organisation's when it has one; else the language of the text (among the
     * organisation's, when it has several: a Brussels CPAS writes French or Dutch); else the organisation's first,
     * or the mailbox's default.
     */
    private static ContentLanguage language(Caller caller, String text, MailProperties.Mailbox mailbox) {
        if (caller.contact() != null) {
            return caller.contact().preferredLanguage();
        }
        OrganisationSummary organisation = caller.organisation();
        Optional<ContentLanguage> detected = TextLanguage.of(text);
        if (organisation == null) {
            return detected.orElse(mailbox.defaultLanguage());
        }
        if (organisation.languages().size() > 1
                && detected.isPresent()
                && organisation.languages().contains(detected.get())) {
            return detected.get();
        }
        return organisation.mainLanguage();
    }

    /**
     * When the question arrived: the mail's own date, but never later than now (a sender's clock ahead) and never
     * outside the dates the application takes (a date of 1970 from a broken mail program).
     */
    private static Instant receivedAt(@Nullable Instant sentAt, Instant now) {
        if (sentAt == null || sentAt.isAfter(now) || InputDates.isOutside(sentAt)) {
            return now;
        }
        return sentAt;
    }

    private static String bodyOrSubject(String text, String subject) {
        if (!text.isBlank()) {
            return text;
        }
        if (!subject.isBlank()) {
            return subject;
        }
        throw new UnreadableMailException("neither text nor subject");
    }

    private Outcome quarantine(MailProperties.Mailbox mailbox, long uid, InboundMail mail, @Nullable String reason) {
        String why = reason == null ? "unknown" : reason;
        transaction.executeWithoutResult(status -> {
            if (records.received(mail.key())) {
                return;
            }
            String sender = orNull(mail::sender);
            String subject = orNull(mail::subject);
            Instant now = clock.instant();
            records.recordReceived(
                    mail.key(),
                    mailbox.name(),
                    uid,
                    null,
                    sender == null ? "" : sender,
                    subject == null ? "" : subject,
                    now);
            records.quarantine(mailbox.name(), uid, mail.key(), now, sender, subject, why, mail.raw());
        });
        log.warn("Mail {} of mailbox {} quarantined: {}", uid, mailbox.name(), why);
        return Outcome.QUARANTINED;
    }

    private static <T> @Nullable T orNull(Supplier<T> read) {
        try {
            return read.get();
        } catch (RuntimeException unreadable) {
            return null;
        }
    }

    private record Caller(
            @Nullable OrganisationSummary organisation,
            @Nullable ContactView contact) {}
}

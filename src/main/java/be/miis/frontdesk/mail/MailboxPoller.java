package be.miis.frontdesk.mail;

import jakarta.mail.FetchProfile;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessageRemovedException;
import jakarta.mail.MessagingException;
import jakarta.mail.Store;
import jakarta.mail.UIDFolder;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.Properties;
import net.javacrumbs.shedlock.core.ClockProvider;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Polls the mailboxes over IMAP and hands each new message to {@link MailIntake} (docs/mail.md, "Intake").
 *
 * <p>Nothing lost: messages are fetched by UID above the last one taken, in UID order, never by the unseen flag
 * (another client that read a mail must not hide it), and without setting \Seen while reading ({@code
 * mail.imap.peek}). Nothing twice: a message is flagged on the server, and the stored last UID advanced, only
 * after intake committed it; a crash in between offers it again, and its Message-ID in {@code mail_message} makes
 * intake skip it. A changed UIDVALIDITY restarts the folder from UID 1 on the same guarantee. One mailbox is polled
 * by one instance at a time (a ShedLock lock per mailbox); a failing mailbox is recorded and the others go on.
 */
@Component
class MailboxPoller {

    static final String LOCK_PREFIX = "mail-poll-";
    /** Set on every message taken, where the server keeps user flags (else \Flagged), besides \Seen. */
    static final String TAKEN_FLAG = "$Frontdesk";

    private static final Logger log = LoggerFactory.getLogger(MailboxPoller.class);
    private static final Duration LOCK_AT_MOST = Duration.ofMinutes(10);

    /** How long one poll goes on starting new batches: half the lock, so that a batch under way ends within it. */
    private static final Duration POLL_AT_MOST = LOCK_AT_MOST.dividedBy(2);

    /** The largest mail fetched together with the others of its batch (see {@link #prefetchSmall}). */
    private static final int PREFETCH_LIMIT = 256 * 1024;

    private final MailProperties properties;
    private final MailIntake intake;
    private final MailboxStates states;
    private final LockingTaskExecutor locks;
    private final Clock clock;
    private final MailboxConnector connector;

    MailboxPoller(
            MailProperties properties,
            MailIntake intake,
            MailboxStates states,
            LockProvider locks,
            Clock clock,
            MailboxConnector connector) {
        this.properties = properties;
        this.intake = intake;
        this.states = states;
        this.locks = new DefaultLockingTaskExecutor(locks);
        this.clock = clock;
        this.connector = connector;
    }

    /** Polls every configured mailbox once. */
    void pollAll() {
        properties.mailboxes().forEach(this::poll);
    }

    /**
     * Takes what is new in one mailbox, unless another instance is polling it. Failures are recorded in the
     * mailbox's state (and logged), never thrown: the next poll tries again.
     */
    void poll(MailProperties.Mailbox mailbox) {
        locks.executeWithLock(
                (Runnable) () -> pollLocked(mailbox),
                new LockConfiguration(ClockProvider.now(), LOCK_PREFIX + mailbox.name(), LOCK_AT_MOST, Duration.ZERO));
    }

    private void pollLocked(MailProperties.Mailbox mailbox) {
        try {
            takeNew(mailbox);
            states.polled(mailbox.name(), clock.instant());
        } catch (MessagingException | IOException | RuntimeException failed) {
            log.warn("Polling mailbox {} failed", mailbox.name(), failed);
            states.failed(mailbox.name(), failed.toString(), clock.instant());
        }
    }

    private void takeNew(MailProperties.Mailbox mailbox) throws MessagingException, IOException {
        // With its password or by XOAUTH2 with a token of its OAuth2 client, over TLS as configured.
        try (Store store = connector.connect(mailbox)) {
            Folder folder = store.getFolder(mailbox.imap().folder());
            folder.open(Folder.READ_WRITE);
            try {
                takeNew(mailbox, folder);
            } finally {
                folder.close(false);
            }
        }
    }

    private void takeNew(MailProperties.Mailbox mailbox, Folder opened) throws MessagingException, IOException {
        UIDFolder folder = (UIDFolder) opened;
        long validity = folder.getUIDValidity();
        MailboxStates.Position position = states.position(mailbox.name());
        long last = position.lastUid();
        if (position.uidValidity() == null || position.uidValidity() != validity) {
            if (position.uidValidity() != null) {
                log.warn("Mailbox {} changed its UIDVALIDITY: taking it again from the start", mailbox.name());
            }
            states.restart(mailbox.name(), validity);
            last = 0;
        }
        boolean userFlags = opened.getPermanentFlags().contains(Flags.Flag.USER);
        // What arrives while this poll runs is taken by the next one.
        Message[] pending = above(folder, last);
        FetchProfile sizes = new FetchProfile();
        sizes.add(FetchProfile.Item.SIZE);
        // A backlog is taken over several polls, each well within its lock: held longer, the lock would run out and
        // another instance start on the same mailbox (harmless for the mails, which are recorded, but double work).
        long stopBy = System.nanoTime() + pollBudget().toNanos();
        for (int start = 0; start < pending.length; start += properties.batchSize()) {
            if (start > 0 && System.nanoTime() > stopBy) {
                log.info("Mailbox {}: {} mails left for the next poll", mailbox.name(), pending.length - start);
                break;
            }
            Message[] batch =
                    Arrays.copyOfRange(pending, start, Math.min(start + properties.batchSize(), pending.length));
            fetchSizes(opened, batch, sizes);
            prefetchSmall(opened, batch, mailbox.name());
            List<Message> taken = new ArrayList<>(batch.length);
            for (Message message : batch) {
                if (take(mailbox, opened, folder.getUID(message), message)) {
                    taken.add(message);
                }
            }
            // Flags and position once a batch, after every mail of it is committed: a crash before this offers the
            // batch again, and the Message-IDs already recorded keep any of it from being taken twice.
            markTaken(mailbox, opened, taken, userFlags);
            states.advance(mailbox.name(), folder.getUID(batch[batch.length - 1]));
        }
    }

    /**
     * Fetches the whole of the batch's small mails in one round trip (UID FETCH … BODY.PEEK[]), which the message
     * objects keep: reading each one by itself costs a round trip per mail, most of the time of a poll (measured by
     * MailIntakeBenchmark, docs/mail.md "Performance"). Larger mails are still read one at a time, so that a batch never
     * holds more than {@code batchSize × PREFETCH_LIMIT} in memory. When the batch fetch fails, each mail is read by
     * itself as before, and fails or is quarantined alone.
     */
    private static void prefetchSmall(Folder folder, Message[] batch, String mailbox) throws MessagingException {
        Message[] small = Arrays.stream(batch)
                .filter(message -> {
                    int size = sizeOf(message);
                    return size >= 0 && size <= PREFETCH_LIMIT;
                })
                .toArray(Message[]::new);
        if (small.length < 2) {
            return;
        }
        FetchProfile whole = new FetchProfile();
        whole.add(IMAPFolder.FetchProfileItem.MESSAGE);
        try {
            folder.fetch(small, whole);
        } catch (MessagingException failed) {
            if (FetchFailures.connectionLost(failed)) {
                throw failed;
            }
            log.debug("Mailbox {}: fetching a batch whole failed, reading its mails one by one", mailbox, failed);
        }
    }

    private static int sizeOf(Message message) {
        try {
            return message.getSize();
        } catch (MessagingException failed) {
            return -1;
        }
    }

    /**
     * Takes one mail into a ticket or the quarantine (docs/mail.md, "Fetch errors"); false when it vanished from the
     * server while being read, so that there is nothing to flag.
     */
    private boolean take(MailProperties.Mailbox mailbox, Folder folder, long uid, Message message)
            throws MessagingException {
        beforeReading(uid);
        MailIntake.Outcome outcome;
        try {
            outcome = message.getSize() > mailbox.maxMessageSize().toBytes()
                    ? intake.refuse(
                            mailbox,
                            uid,
                            headers(message),
                            "too large: %d bytes, more than %s".formatted(message.getSize(), mailbox.maxMessageSize()))
                    : intake.take(mailbox, uid, readWhole((UIDFolder) folder, uid, message));
        } catch (MessagingException | IOException failed) {
            // docs/mail.md, "Fetch errors": one message the server will not give never stops the mailbox.
            if (FetchFailures.removed(failed, message)) {
                // Another client deleted it while we read: there is nothing left to take, nothing was written.
                log.info("Mail {} of mailbox {} was removed from the server before it was read", uid, mailbox.name());
                return false;
            }
            if (FetchFailures.connectionLost(failed)) {
                // No message is to blame: the poll stops here, and the next one starts again with this message.
                throw failed instanceof MessagingException messaging
                        ? messaging
                        : new MessagingException("connection lost while reading", failed);
            }
            log.warn("Mail {} of mailbox {} could not be read from the server", uid, mailbox.name(), failed);
            outcome = intake.refuse(
                    mailbox,
                    uid,
                    FetchFailures.whatCanBeRead(message, mailbox.name(), ((UIDFolder) folder).getUIDValidity(), uid),
                    "unreadable on the server: " + failed);
        }
        log.debug("Mail {} of mailbox {}: {}", uid, mailbox.name(), outcome);
        return true;
    }

    /**
     * The whole message. Jakarta Mail reads a fetch the server refused ({@code NO}, as Exchange answers for a message
     * it cannot convert) as an empty message, without an error: an empty message is no mail, but a failure to read
     * it, or {@link MessageRemovedException} when the server expunged it meanwhile.
     */
    private static byte[] readWhole(UIDFolder folder, long uid, Message message)
            throws MessagingException, IOException {
        byte[] raw = raw(message);
        if (message.isExpunged() || (raw.length == 0 && gone(folder, uid))) {
            throw new MessageRemovedException("expunged while it was read");
        }
        if (raw.length == 0) {
            throw new MessagingException(
                    "the server gave no content for a message of %d bytes".formatted(message.getSize()));
        }
        return raw;
    }

    /**
     * Whether the server no longer has the message with this UID: asked by UID, because a server need not report a
     * removal by another client before our next command that allows it.
     */
    private static boolean gone(UIDFolder folder, long uid) throws MessagingException {
        return Arrays.stream(folder.getMessagesByUID(uid, uid))
                .noneMatch(message -> message != null && !message.isExpunged() && uid(folder, message) == uid);
    }

    /**
     * The sizes of a batch in one round trip; when the server fails that fetch for one of them, each message is asked
     * on its own in {@link #take}, where a failure is that message's alone.
     */
    private static void fetchSizes(Folder folder, Message[] batch, FetchProfile sizes) throws MessagingException {
        try {
            folder.fetch(batch, sizes);
        } catch (MessagingException failed) {
            if (FetchFailures.connectionLost(failed)) {
                throw failed;
            }
            log.warn("Fetching the sizes of {} mails failed; reading them one by one", batch.length, failed);
        }
    }

    /** How long one poll goes on starting new batches ({@link #POLL_AT_MOST}); a seam for the test of a backlog. */
    Duration pollBudget() {
        return POLL_AT_MOST;
    }

    /** Nothing: a seam for the tests that delete a message or cut the connection between listing and reading. */
    void beforeReading(long uid) {}

    /** The messages above the last UID taken, oldest first; their UIDs come with them (UID FETCH). */
    private static Message[] above(UIDFolder folder, long last) throws MessagingException {
        // "last+1:*" also returns the newest message when no UID is above last (RFC 3501): filtered out here.
        return Arrays.stream(folder.getMessagesByUID(last + 1, UIDFolder.LASTUID))
                .filter(message -> message != null && uid(folder, message) > last)
                .sorted(Comparator.comparingLong(message -> uid(folder, message)))
                .toArray(Message[]::new);
    }

    private static long uid(UIDFolder folder, Message message) {
        try {
            return folder.getUID(message);
        } catch (MessagingException failed) {
            throw new IllegalStateException("no UID for message " + message.getMessageNumber(), failed);
        }
    }

    private static byte[] raw(Message message) throws MessagingException, IOException {
        ByteArrayOutputStream raw = new ByteArrayOutputStream(Math.max(message.getSize(), 1024));
        message.writeTo(raw);
        return raw.toByteArray();
    }

    /** Only the header section of a message: what the quarantine keeps of one too large to download. */
    static byte[] headers(Message message) throws MessagingException {
        StringBuilder headers = new StringBuilder();
        Enumeration<String> lines = ((MimeMessage) message).getAllHeaderLines();
        while (lines.hasMoreElements()) {
            headers.append(lines.nextElement()).append("\r\n");
        }
        return headers.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    /**
     * Seen, and our own flag (or \Flagged), so that a person looking at the mailbox sees what was taken: the batch in
     * one command, else (the server refused it, one of them removed meanwhile) each on its own. The flags are for
     * people; what was taken is known by the stored UID and {@code mail_message}: a server refusing the flags of one
     * message must not make the poll take it again and again.
     */
    private static void markTaken(
            MailProperties.Mailbox mailbox, Folder folder, List<Message> messages, boolean userFlags)
            throws MessagingException {
        if (messages.isEmpty()) {
            return;
        }
        Flags flags = new Flags(Flags.Flag.SEEN);
        flags.add(userFlags ? new Flags(TAKEN_FLAG) : new Flags(Flags.Flag.FLAGGED));
        try {
            folder.setFlags(messages.toArray(Message[]::new), flags, true);
            return;
        } catch (MessagingException failed) {
            if (FetchFailures.connectionLost(failed)) {
                throw failed;
            }
        }
        for (Message message : messages) {
            try {
                folder.setFlags(new Message[] {message}, flags, true);
            } catch (MessagingException failed) {
                if (FetchFailures.connectionLost(failed)) {
                    throw failed;
                }
                log.warn(
                        "Mail {} of mailbox {} is taken but could not be flagged: {}",
                        message.getMessageNumber(),
                        mailbox.name(),
                        failed.toString());
            }
        }
    }

    static Properties sessionProperties(MailProperties.Imap imap) {
        Properties session = new Properties();
        String timeout = Long.toString(imap.timeout().toMillis());
        for (String protocol : new String[] {"imap", "imaps"}) {
            String prefix = "mail." + protocol + ".";
            session.setProperty(prefix + "connectiontimeout", timeout);
            session.setProperty(prefix + "timeout", timeout);
            session.setProperty(prefix + "writetimeout", timeout);
            // Reading a message must not mark it \Seen: it is marked only once intake committed it.
            session.setProperty(prefix + "peek", "true");
            session.setProperty(prefix + "ssl.checkserveridentity", "true");
            // A large mail in 1 MB pieces rather than the default 16 kB: a 20 MB scan in 20 round trips, not 1 280.
            session.setProperty(prefix + "fetchsize", Integer.toString(1024 * 1024));
        }
        if (imap.security() == MailProperties.Security.STARTTLS) {
            session.setProperty("mail.imap.starttls.enable", "true");
            session.setProperty("mail.imap.starttls.required", "true");
        }
        return session;
    }
}

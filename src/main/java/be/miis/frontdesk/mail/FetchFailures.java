package be.miis.frontdesk.mail;

import jakarta.mail.FolderClosedException;
import jakarta.mail.Message;
import jakarta.mail.MessageRemovedException;
import jakarta.mail.MessagingException;
import jakarta.mail.StoreClosedException;
import java.nio.charset.StandardCharsets;

/**
 * What a failure to read one message from the server means for the poll (docs/mail.md, "Fetch errors"): the message
 * was removed meanwhile (skip it), the connection is gone (stop the poll; the next one resumes at this message), or
 * the server could not give this one message (quarantine it with what could be read, and go on with the next).
 */
final class FetchFailures {

    private FetchFailures() {}

    /** Another client deleted the message between the listing and the fetch: nothing is left to take. */
    static boolean removed(Exception failure, Message message) {
        return has(failure, MessageRemovedException.class) || message.isExpunged();
    }

    /**
     * The connection or the folder is gone (a network failure, the server closing the session, a time-out): no
     * message is to blame, so none is quarantined; the poll stops and is recorded as failing.
     */
    static boolean connectionLost(Exception failure) {
        return has(failure, FolderClosedException.class) || has(failure, StoreClosedException.class);
    }

    /**
     * What the quarantine keeps of a message the server would not give: its header section when that much can still
     * be read, else a header naming where it is, which is also what keys it (a hash of those bytes), so that two
     * unreadable messages are held as two and one offered again is held once.
     */
    static byte[] whatCanBeRead(Message message, String mailbox, long uidValidity, long uid) {
        try {
            byte[] headers = MailboxPoller.headers(message);
            if (headers.length > 2) {
                return headers;
            }
        } catch (MessagingException | RuntimeException unreadable) {
            // Not even the headers: the message is named by its place instead.
        }
        return "X-Frontdesk-Unreadable: mailbox %s, UIDVALIDITY %d, UID %d\r\n\r\n"
                .formatted(mailbox, uidValidity, uid)
                .getBytes(StandardCharsets.ISO_8859_1);
    }

    private static boolean has(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
            if (cause instanceof MessagingException messaging
                    && messaging.getNextException() != null
                    && type.isInstance(messaging.getNextException())) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}

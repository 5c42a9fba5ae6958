package be.miis.frontdesk.ticket;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.LongFunction;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.Resource;

/**
 * What the customer's mails brought beside their text: attachments (kept, or listed as not kept with the reason) and
 * the mail's HTML, sanitised, by the timeline entry the mail made. The mail module receives them and depends on this
 * module, so the ticket page asks through this port (as {@link MailDeliveries}); without an implementation, entries
 * show none.
 */
public interface EntryAttachments {

    /** The mail parts of those entries that came by mail; one query for a whole timeline. */
    Map<UUID, EntryMail> of(long ticketId, Collection<UUID> entryIds);

    /** A kept attachment of this ticket, to download; empty when the ticket has no such kept attachment. */
    Optional<Download> download(long ticketId, long attachmentId);

    /**
     * The sanitised HTML of a mail of this ticket, its inline images ({@code cid:}) pointing at {@code
     * attachmentHref} of their attachment and any other image removed; empty when the ticket has no such mail or it
     * had no HTML.
     */
    Optional<String> formatted(long ticketId, long mailId, LongFunction<String> attachmentHref);

    /**
     * The mail an entry came from: its id, whether its HTML was kept, and its attachments in the mail's order.
     */
    record EntryMail(long mailId, boolean formatted, List<Attachment> attachments) {

        public EntryMail {
            attachments = List.copyOf(attachments);
        }
    }

    /**
     * One attachment as the timeline lists it: kept ({@code notKept} null) or refused with the reason.
     *
     * @param type the content type the mail declared (for the agent to read, not what a download is sent as)
     */
    record Attachment(
            long id,
            String name,
            long size,
            String type,
            @Nullable NotKept notKept) {}

    /** Why an attachment was not kept. */
    enum NotKept {
        /** Its type or file name is not on the allow-list, or its content is a program. */
        TYPE,
        /** Larger than an attachment may be. */
        SIZE,
        /** The mail's attachments together were larger than a mail's may be. */
        TOTAL_SIZE,
        /** It could not be read (a broken encoding, an unreadable winmail.dat). */
        UNREADABLE
    }

    /**
     * A kept attachment's content.
     *
     * @param type the content type to send: the declared one when it is on the allow-list, else {@code
     *     application/octet-stream}
     */
    record Download(String name, String type, long size, Resource content) {}
}

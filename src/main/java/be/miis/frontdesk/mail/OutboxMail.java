package be.miis.frontdesk.mail;

import be.miis.frontdesk.shared.ContentLanguage;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An outgoing mail, rendered, as the outbox stores it. A null recipient means nobody's address was known: the
 * outbox keeps the mail as FAILED ("no address") rather than dropping it, so the gap shows.
 *
 * @param references the Message-IDs of the thread, oldest first, without angle brackets
 */
record OutboxMail(
        OutboxKind kind,
        String dedupKey,
        @Nullable Long ticketId,
        @Nullable String reference,
        @Nullable String recipient,
        ContentLanguage language,
        RenderedMail content,
        @Nullable String inReplyTo,
        List<String> references) {

    OutboxMail {
        references = List.copyOf(references);
    }
}

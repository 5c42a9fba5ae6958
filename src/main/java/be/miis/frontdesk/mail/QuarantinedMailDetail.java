package be.miis.frontdesk.mail;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A quarantined mail as the administrators' detail page shows it: its headers decoded, the text intake reads from
 * it (or why it cannot), and the start of its raw source as text; never its HTML.
 *
 * @param text the text a ticket would get, {@code null} when the mail cannot be read (see {@code textProblem})
 * @param source the raw mail as text, its first {@link MailQuarantine#SOURCE_SHOWN} bytes
 * @param ticketReference the ticket the mail became (by a retry or by hand), if it did
 */
public record QuarantinedMailDetail(
        long id,
        String mailbox,
        Instant receivedAt,
        @Nullable String sender,
        @Nullable String subject,
        String reason,
        QuarantineStatus status,
        @Nullable String decidedBy,
        @Nullable Instant decidedAt,
        @Nullable String ticketReference,
        List<Header> headers,
        @Nullable String text,
        @Nullable String textProblem,
        String source,
        boolean sourceShortened,
        int size) {

    /** One header line, unfolded and its encoded words decoded. */
    public record Header(String name, String value) {}
}

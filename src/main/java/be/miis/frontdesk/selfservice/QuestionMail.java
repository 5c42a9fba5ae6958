package be.miis.frontdesk.selfservice;

import be.miis.frontdesk.shared.ContentLanguage;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What the mail module does for a question asked on the portal: the date of the two-working-day promise (from the
 * business calendar), the confirmation mail through its outbox, and the attachment judged and kept by the rules and
 * the store of mail attachments, so that the agent sees it on the ticket as a mail's. The mail module depends on
 * this one, so the portal asks through this port (as tickets ask through {@code ticket.MailDeliveries}); without an
 * implementation there is no promised date, no mail and no attachment.
 */
public interface QuestionMail {

    /** When the documented answer to a question received at that moment is promised (two working days). */
    Instant answerDue(Instant receivedAt);

    /** Why this file may not be attached, or empty when it may (type, program, size: docs/mail.md "Attachments"). */
    Optional<Refusal> refusal(Upload upload);

    /** Keeps the file beside the ticket's question, in the caller's transaction. */
    void keep(long ticketId, UUID questionEntry, String reference, Upload upload);

    /** Writes the confirmation to the asker into the outbox, in the caller's transaction; once per ticket. */
    void confirm(Confirmation confirmation);

    /** Why a file is refused. */
    enum Refusal {
        TYPE,
        SIZE
    }

    /** A file sent with the question, as the browser named and typed it. */
    record Upload(String name, @Nullable String type, byte[] content) {}

    /**
     * The confirmation: reference, promised date, private status link, in the question's language, to the asker.
     */
    record Confirmation(
            long ticketId,
            String reference,
            String recipient,
            ContentLanguage language,
            String question,
            Instant receivedAt,
            String statusUrl,
            boolean complaint) {}
}

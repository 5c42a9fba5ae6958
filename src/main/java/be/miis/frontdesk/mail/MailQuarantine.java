package be.miis.frontdesk.mail;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The quarantine for administrators (docs/mail.md, "The quarantine"): the received mails that could not become a
 * ticket, kept with their raw bytes, and a retry that takes one again once what kept it out is put right.
 */
@Service
public class MailQuarantine {

    private final IntakeRecords records;
    private final MailIntake intake;

    MailQuarantine(IntakeRecords records, MailIntake intake) {
        this.records = records;
        this.intake = intake;
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
}

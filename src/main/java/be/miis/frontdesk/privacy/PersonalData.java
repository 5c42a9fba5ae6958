package be.miis.frontdesk.privacy;

import be.miis.frontdesk.mail.MailPersonalData.AttachmentRecord;
import be.miis.frontdesk.mail.MailPersonalData.MailRecord;
import be.miis.frontdesk.mail.MailPersonalData.OutboxRecord;
import be.miis.frontdesk.organisation.ContactView;
import be.miis.frontdesk.quality.QualityPersonalData.ComplaintRecord;
import be.miis.frontdesk.quality.QualityPersonalData.RatingRecord;
import be.miis.frontdesk.selfservice.PortalPersonalData.CallbackRecord;
import be.miis.frontdesk.selfservice.PortalPersonalData.QuestionRecord;
import be.miis.frontdesk.ticket.TicketPersonalData.TicketRecord;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Everything Frontdesk stores about a contact person (docs/privacy.md, "Export"): the contact record and each of
 * their tickets with its timeline, its mails and their attachments (described, not their content), the letters
 * written, the portal question or call-back it came from, and its rating or complaint.
 *
 * @param erasedAt when the contact's data was erased, null when it was not
 */
public record PersonalData(
        Instant exportedAt,
        ContactView contact,
        @Nullable String organisation,
        @Nullable Instant erasedAt,
        List<TicketData> tickets) {

    public PersonalData {
        tickets = List.copyOf(tickets);
    }

    /** One ticket of the contact and what the other modules keep about it. */
    public record TicketData(
            TicketRecord ticket,
            List<MailRecord> mails,
            List<AttachmentRecord> attachments,
            List<OutboxRecord> letters,
            List<QuestionRecord> portalQuestions,
            List<CallbackRecord> callbacks,
            List<RatingRecord> ratings,
            List<ComplaintRecord> complaints) {}
}

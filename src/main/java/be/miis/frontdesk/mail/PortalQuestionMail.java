package be.miis.frontdesk.mail;

import be.miis.frontdesk.escalation.CalendarAdministration;
import be.miis.frontdesk.selfservice.QuestionMail;
import be.miis.frontdesk.shared.TextCut;
import be.miis.frontdesk.ticket.EntryAttachments.NotKept;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The mail module's side of a question asked on the portal (docs/portal.md, "Asking a question"): the promised
 * date from the business calendar, as the acknowledgement of a mail gives it; the confirmation written to the
 * outbox as that acknowledgement is (kind {@code ACKNOWLEDGEMENT}, once per ticket by the same dedup key, a template
 * of its own with the private status link); and the attachment judged and kept by the rules of mail attachments
 * (docs/mail.md, "Attachments"), beside the ticket's question.
 */
@Component
class PortalQuestionMail implements QuestionMail {

    private static final int SUBJECT_FROM_QUESTION = 80;

    private final MailOutbox outbox;
    private final MailTemplates templates;
    private final AttachmentStore attachments;
    private final CalendarAdministration calendar;
    private final Clock clock;

    PortalQuestionMail(
            MailOutbox outbox,
            MailTemplates templates,
            AttachmentStore attachments,
            CalendarAdministration calendar,
            Clock clock) {
        this.outbox = outbox;
        this.templates = templates;
        this.attachments = attachments;
        this.calendar = calendar;
        this.clock = clock;
    }

    @Override
    public Instant answerDue(Instant receivedAt) {
        return calendar.deadline(receivedAt, MailOutbox.PROMISED_WORKING_DAYS);
    }

    @Override
    public Optional<Refusal> refusal(Upload upload) {
        return attachments
                .refusal(upload.name(), upload.type(), upload.content())
                .map(notKept -> notKept == NotKept.SIZE || notKept == NotKept.TOTAL_SIZE ? Refusal.SIZE : Refusal.TYPE);
    }

    @Override
    public void keep(long ticketId, UUID questionEntry, String reference, Upload upload) {
        attachments.keepFile(
                ticketId,
                questionEntry,
                "portal:" + reference,
                upload.name(),
                upload.type(),
                upload.content(),
                clock.instant());
    }

    @Override
    public void confirm(Confirmation confirmation) {
        RenderedMail content = templates.render(
                "confirmation",
                confirmation.language(),
                confirmation.reference(),
                // The ticket's subject is the start of the question likewise (ticket.TicketInput).
                TextCut.shortened(confirmation.question().strip().replaceAll("\\s+", " "), SUBJECT_FROM_QUESTION),
                Map.of(
                        "deadline",
                        MailTemplates.date(answerDue(confirmation.receivedAt()), confirmation.language()),
                        "statusUrl",
                        confirmation.statusUrl(),
                        // A complaint's own acknowledgement, with its deadline, follows (docs/complaints.md): this
                        // mail must not promise the question's two working days.
                        "complaint",
                        confirmation.complaint()));
        outbox.write(new OutboxMail(
                OutboxKind.ACKNOWLEDGEMENT,
                "ack:" + confirmation.ticketId(),
                confirmation.ticketId(),
                confirmation.reference(),
                confirmation.recipient(),
                confirmation.language(),
                content,
                null,
                List.of()));
    }
}

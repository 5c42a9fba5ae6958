package be.miis.frontdesk.mail;

import be.miis.frontdesk.quality.ComplaintAcknowledged;
import be.miis.frontdesk.quality.ComplaintAdmissibilityDecided;
import be.miis.frontdesk.quality.ComplaintAnswered;
import be.miis.frontdesk.shared.ContentLanguage;
import be.miis.frontdesk.ticket.Customer;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The complaints procedure's letters (docs/complaints.md, "Letters"): the acknowledgement with the complaint's
 * number and answer deadline, the admissibility letter, and the reasoned answer with the way to the federal
 * Ombudsman, in the ticket's language, to the ticket's correspondent and in its thread. Written after the step's
 * commit, once per complaint and step (the dedup keys): a step happens once per complaint.
 */
@Component
class ComplaintMails {

    private final OutboxListener tickets;

    ComplaintMails(OutboxListener tickets) {
        this.tickets = tickets;
    }

    @ApplicationModuleListener
    void on(ComplaintAcknowledged event) {
        acknowledge(event);
    }

    @ApplicationModuleListener
    void on(ComplaintAdmissibilityDecided event) {
        decided(event);
    }

    @ApplicationModuleListener
    void on(ComplaintAnswered event) {
        answered(event);
    }

    /** The listeners' work, also callable without their asynchrony. */
    void acknowledge(ComplaintAcknowledged event) {
        write(
                OutboxKind.COMPLAINT_ACKNOWLEDGEMENT,
                event.ticketId(),
                event.reference(),
                event.customer(),
                Map.of("answerDay", day(event.answerDue(), event.customer().language())));
    }

    void decided(ComplaintAdmissibilityDecided event) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("admissible", event.admissible());
        variables.put("reason", event.reason() == null ? "" : event.reason().name());
        variables.put("explanation", event.explanation());
        variables.put("answerDay", day(event.answerDue(), event.customer().language()));
        write(OutboxKind.COMPLAINT_ADMISSIBILITY, event.ticketId(), event.reference(), event.customer(), variables);
    }

    void answered(ComplaintAnswered event) {
        write(
                OutboxKind.COMPLAINT_ANSWER,
                event.ticketId(),
                event.reference(),
                event.customer(),
                Map.of("outcome", event.outcome().name(), "body", event.answer()));
    }

    /** The last day a deadline allows (it ends at midnight, Brussels), as the letter promises it. */
    private static String day(Instant due, ContentLanguage language) {
        return MailTemplates.date(due.minusNanos(1), language);
    }

    private void write(
            OutboxKind kind, long ticketId, String reference, Customer customer, Map<String, Object> variables) {
        tickets.write(kind, kind.template() + ":" + ticketId, ticketId, reference, customer, variables);
    }
}

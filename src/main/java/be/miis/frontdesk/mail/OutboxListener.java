package be.miis.frontdesk.mail;

import be.miis.frontdesk.quality.SatisfactionSurveys;
import be.miis.frontdesk.shared.ContentLanguage;
import be.miis.frontdesk.ticket.Channel;
import be.miis.frontdesk.ticket.Customer;
import be.miis.frontdesk.ticket.TicketAnswered;
import be.miis.frontdesk.ticket.TicketHeadline;
import be.miis.frontdesk.ticket.TicketPaused;
import be.miis.frontdesk.ticket.TicketService;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Turns what happened to a ticket into mail to the customer, after the ticket's commit and in a transaction of its
 * own (docs/architecture.md, "Events"): the answer given by mail, and what was asked of a customer who wrote in by
 * mail. Events come at least once; the dedup keys (the answer's and the request's ids) make a second delivery
 * write nothing.
 */
@Component
class OutboxListener {

    private final MailOutbox outbox;
    private final MailTemplates templates;
    private final TicketCorrespondence correspondence;
    private final TicketService tickets;
    private final SatisfactionSurveys surveys;

    OutboxListener(
            MailOutbox outbox,
            MailTemplates templates,
            TicketCorrespondence correspondence,
            TicketService tickets,
            SatisfactionSurveys surveys) {
        this.outbox = outbox;
        this.templates = templates;
        this.correspondence = correspondence;
        this.tickets = tickets;
        this.surveys = surveys;
    }

    @ApplicationModuleListener
    void on(TicketAnswered event) {
        mailAnswer(event);
    }

    @ApplicationModuleListener
    void on(TicketPaused event) {
        mailRequest(event);
    }

    /** The listener's work, also callable without its asynchrony (tests deliver an event twice this way). */
    void mailAnswer(TicketAnswered event) {
        // A question from the portal is answered "through the web": the asker reads it on the status page and gets
        // it by mail, as a mail's sender does (docs/portal.md, "Asking a question").
        boolean byWeb = event.answerChannel() == Channel.WEB && event.customer().channel() == Channel.WEB;
        if (event.answerChannel() == Channel.EMAIL || byWeb) {
            Map<String, Object> variables = new HashMap<>();
            variables.put("body", event.answer());
            // The rating link (docs/satisfaction.md), made in this transaction: the survey exists if and only if
            // its mail is in the outbox. A second delivery of the event gets no new survey, and its mail is not
            // written anyway (the dedup key).
            surveys.invite(event).ifPresent(rating -> {
                variables.put("rating", rating);
                variables.put(
                        "ratingUntil",
                        MailTemplates.date(rating.expiresAt(), event.customer().language()));
            });
            write(
                    OutboxKind.ANSWER,
                    answerKey(event.answerId()),
                    event.ticketId(),
                    event.reference(),
                    event.customer(),
                    variables);
        }
    }

    /**
     * A request goes by mail only to a customer who came by mail or by the portal's form (which gives an address);
     * by phone, the agent asks on the phone.
     */
    void mailRequest(TicketPaused event) {
        if (event.customer().channel() == Channel.EMAIL || event.customer().channel() == Channel.WEB) {
            write(
                    OutboxKind.REQUEST,
                    requestKey(event.requestId()),
                    event.ticketId(),
                    event.reference(),
                    event.customer(),
                    Map.of("body", event.request()));
        }
    }

    /**
     * Writes a mail of a ticket to its correspondent, in the ticket's language and thread, with the ticket's subject:
     * the answers and requests here, the complaint letters ({@link ComplaintMails}).
     */
    void write(
            OutboxKind kind,
            String dedupKey,
            long ticketId,
            String reference,
            Customer customer,
            Map<String, Object> variables) {
        ContentLanguage language = customer.language();
        TicketHeadline headline = tickets.headlines(List.of(reference)).get(reference);
        String subject = headline == null ? "" : headline.subject();
        TicketCorrespondence.Thread thread = correspondence.thread(ticketId);
        outbox.write(new OutboxMail(
                kind,
                dedupKey,
                ticketId,
                reference,
                correspondence.recipient(ticketId, customer.contactId()).orElse(null),
                language,
                templates.render(kind, language, reference, subject, variables),
                thread.inReplyTo(),
                thread.references()));
    }

    /** The dedup key of an answer's mail: the answer's timeline entry (what the ticket page looks it up by). */
    static String answerKey(UUID answerId) {
        return "answer:" + answerId;
    }

    /** The dedup key of a request's mail: the request's timeline entry. */
    static String requestKey(UUID requestId) {
        return "request:" + requestId;
    }
}

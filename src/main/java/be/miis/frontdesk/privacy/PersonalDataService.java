package be.miis.frontdesk.privacy;

import be.miis.frontdesk.identity.AuditAction;
import be.miis.frontdesk.identity.AuditLog;
import be.miis.frontdesk.mail.MailPersonalData;
import be.miis.frontdesk.organisation.ContactNotFoundException;
import be.miis.frontdesk.organisation.ContactPersonalData;
import be.miis.frontdesk.organisation.ContactView;
import be.miis.frontdesk.organisation.OrganisationService;
import be.miis.frontdesk.quality.QualityPersonalData;
import be.miis.frontdesk.selfservice.PortalPersonalData;
import be.miis.frontdesk.ticket.TicketPersonalData;
import be.miis.frontdesk.ticket.TicketPersonalData.TicketRef;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rights of a contact person over their data (docs/privacy.md): the export of everything stored about them, and
 * its erasure — the contact and the texts of their tickets anonymised, the tickets themselves kept, since the
 * service must keep its record and its figures. Both are on the audit trail.
 */
@Service
public class PersonalDataService {

    private static final String TARGET = "contact";

    private final OrganisationService organisations;
    private final ContactPersonalData contacts;
    private final TicketPersonalData tickets;
    private final MailPersonalData mail;
    private final PortalPersonalData portal;
    private final QualityPersonalData quality;
    private final TicketsElsewhere elsewhere;
    private final AuditLog audit;
    private final Clock clock;

    PersonalDataService(
            OrganisationService organisations,
            ContactPersonalData contacts,
            TicketPersonalData tickets,
            MailPersonalData mail,
            PortalPersonalData portal,
            QualityPersonalData quality,
            TicketsElsewhere elsewhere,
            AuditLog audit,
            Clock clock) {
        this.organisations = organisations;
        this.contacts = contacts;
        this.tickets = tickets;
        this.mail = mail;
        this.portal = portal;
        this.quality = quality;
        this.elsewhere = elsewhere;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Everything stored about the contact; the export is on the audit trail ({@code format}: html, json, api).
     *
     * @throws ContactNotFoundException when there is no such contact
     */
    @Transactional
    public PersonalData export(long contactId, String format, String actor) {
        ContactView contact = contact(contactId);
        List<TicketRef> refs = tickets.ticketsOfContact(contactId);
        List<Long> ids = refs.stream().map(TicketRef::id).toList();
        List<String> references = refs.stream().map(TicketRef::reference).toList();
        Map<Long, List<MailPersonalData.MailRecord>> mails =
                byTicket(mail.mails(ids), MailPersonalData.MailRecord::ticketId);
        Map<Long, List<MailPersonalData.AttachmentRecord>> attachments =
                byTicket(mail.attachments(ids), MailPersonalData.AttachmentRecord::ticketId);
        Map<Long, List<MailPersonalData.OutboxRecord>> letters =
                byTicket(mail.letters(ids), MailPersonalData.OutboxRecord::ticketId);
        Map<Long, List<PortalPersonalData.QuestionRecord>> questions =
                byTicket(portal.questions(ids), PortalPersonalData.QuestionRecord::ticketId);
        Map<String, List<PortalPersonalData.CallbackRecord>> callbacks = portal.callbacks(references).stream()
                .collect(Collectors.groupingBy(PortalPersonalData.CallbackRecord::ticketReference));
        Map<Long, List<QualityPersonalData.RatingRecord>> ratings =
                byTicket(quality.ratings(ids), QualityPersonalData.RatingRecord::ticketId);
        Map<Long, List<QualityPersonalData.ComplaintRecord>> complaints =
                byTicket(quality.complaints(ids), QualityPersonalData.ComplaintRecord::ticketId);
        List<PersonalData.TicketData> data = tickets.records(ids).stream()
                .map(ticket -> new PersonalData.TicketData(
                        ticket,
                        mails.getOrDefault(ticket.id(), List.of()),
                        attachments.getOrDefault(ticket.id(), List.of()),
                        letters.getOrDefault(ticket.id(), List.of()),
                        questions.getOrDefault(ticket.id(), List.of()),
                        callbacks.getOrDefault(ticket.reference(), List.of()),
                        ratings.getOrDefault(ticket.id(), List.of()),
                        complaints.getOrDefault(ticket.id(), List.of())))
                .toList();
        audit.record(
                actor,
                AuditAction.EXPORTED,
                TARGET,
                Long.toString(contactId),
                "personal data (%s): %d tickets".formatted(format, data.size()));
        return new PersonalData(
                clock.instant(),
                contact,
                organisations
                        .findSummary(contact.organisationId())
                        .map(organisation -> organisation.name(java.util.Locale.forLanguageTag(
                                organisation.mainLanguage().code())))
                        .orElse(null),
                contacts.erasedAt(contactId).orElse(null),
                data);
    }

    /** What an erasure would do, or why it is refused: shown on the confirmation step. */
    public record ErasurePlan(ContactView contact, int tickets, long openTickets, boolean erased) {

        /** The message key of the reason it is refused, or null when it is allowed. */
        public @Nullable String refusal() {
            if (erased) {
                return "privacy.erase.refused.erased";
            }
            return openTickets > 0 ? "privacy.erase.refused.open" : null;
        }
    }

    /**
     * What erasing the contact would do.
     *
     * @throws ContactNotFoundException when there is no such contact
     */
    @Transactional(readOnly = true)
    public ErasurePlan plan(long contactId) {
        ContactView contact = contact(contactId);
        return new ErasurePlan(
                contact,
                tickets.ticketsOfContact(contactId).size(),
                tickets.openTicketsOfContact(contactId),
                contacts.erasedAt(contactId).isPresent());
    }

    /**
     * Erases the contact's personal data and that of their tickets; returns how many tickets were anonymised.
     *
     * @throws ContactNotFoundException when there is no such contact
     * @throws ErasureRefusedException when a ticket of theirs is still open, or the contact was erased already
     */
    @Transactional
    public int erase(long contactId, String actor) {
        String refusal = plan(contactId).refusal();
        if (refusal != null) {
            throw new ErasureRefusedException(refusal);
        }
        List<TicketRef> anonymised = tickets.anonymiseTicketsOfContact(contactId);
        List<Long> ids = anonymised.stream().map(TicketRef::id).toList();
        mail.anonymiseTickets(ids);
        portal.anonymiseTickets(
                ids, anonymised.stream().map(TicketRef::reference).toList());
        quality.anonymiseTickets(ids);
        if (!contacts.erase(contactId)) {
            throw new ErasureRefusedException("privacy.erase.refused.erased");
        }
        audit.record(
                actor,
                AuditAction.PERSONAL_DATA_ERASED,
                TARGET,
                Long.toString(contactId),
                "%d tickets anonymised".formatted(anonymised.size()));
        return anonymised.size();
    }

    private ContactView contact(long contactId) {
        return organisations.findContact(contactId).orElseThrow(() -> ContactNotFoundException.forId(contactId));
    }

    private static <T> Map<Long, List<T>> byTicket(Collection<T> rows, ToLongFunction<T> ticket) {
        return rows.stream().collect(Collectors.groupingBy(row -> ticket.applyAsLong(row)));
    }
}

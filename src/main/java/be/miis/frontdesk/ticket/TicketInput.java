package be.miis.frontdesk.ticket;

import be.miis.frontdesk.organisation.ContactView;
import be.miis.frontdesk.organisation.OrganisationService;
import be.miis.frontdesk.shared.DomainCatalogue;
import be.miis.frontdesk.shared.InputDates;
import be.miis.frontdesk.shared.TextCut;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The checks of what a ticket command brings in, before the ticket is touched: a known domain, a caller that
 * exists and fits together, a receipt that is not in the future, texts within their bounds. A command that fails
 * one changes nothing (docs/bad-input.md).
 */
@Component
class TicketInput {

    private static final int SUBJECT_FROM_QUESTION = 80;
    /** The longest text of a timeline entry written through a form (as the forms' own check). */
    private static final int TEXT_MAX = 20_000;
    /** A receipt a little ahead of the server's clock is a clock difference, not a future call. */
    private static final long FUTURE_TOLERANCE_SECONDS = 60;

    private final OrganisationService organisations;
    private final DomainCatalogue domains;

    TicketInput(OrganisationService organisations, DomainCatalogue domains) {
        this.organisations = organisations;
        this.domains = domains;
    }

    /**
     * What a new ticket is made of, checked: domain, caller (the organisation is the contact's when only the contact
     * is given), receipt (now when not given), subject (the start of the question when not given).
     */
    TicketDetails details(OpenTicket command, Instant now) {
        requireDomain(command.domainCode());
        Long organisationId = checkCaller(command.organisationId(), command.contactId());
        if (command.outcome() == OpenTicket.Outcome.ANSWERED && isBlank(command.answer())) {
            throw new InvalidTicketException("answer", "ticket.answer.required");
        }
        Instant receivedAt = command.receivedAt() == null ? now : command.receivedAt();
        if (InputDates.isOutside(receivedAt)) {
            throw new InvalidTicketException("receivedAt", InputDates.REFUSED_KEY);
        }
        if (receivedAt.isAfter(now.plusSeconds(FUTURE_TOLERANCE_SECONDS))) {
            throw new InvalidTicketException("receivedAt", "ticket.receivedAt.future");
        }
        return new TicketDetails(
                command.channel(),
                command.type(),
                command.domainCode(),
                command.language(),
                organisationId,
                command.contactId(),
                subjectOf(command),
                command.description().strip(),
                receivedAt,
                command.callDurationSeconds());
    }

    void requireDomain(String code) {
        boolean known =
                domains.findAll().stream().anyMatch(domain -> domain.code().equals(code) && domain.active());
        if (!known) {
            throw new InvalidTicketException("domainCode", "ticket.domain.unknown");
        }
    }

    /** The organisation of the ticket: the one given, else the contact's; a contact must belong to it. */
    @Nullable
    Long checkCaller(@Nullable Long organisationId, @Nullable Long contactId) {
        if (organisationId != null && organisations.findSummary(organisationId).isEmpty()) {
            throw new InvalidTicketException("organisationId", "ticket.organisation.unknown");
        }
        if (contactId == null) {
            return organisationId;
        }
        ContactView contact = organisations
                .findContact(contactId)
                .orElseThrow(() -> new InvalidTicketException("contactId", "ticket.contact.unknown"));
        if (organisationId != null && contact.organisationId() != organisationId) {
            throw new InvalidTicketException("contactId", "ticket.contact.otherOrganisation");
        }
        return contact.organisationId();
    }

    /** A handover note: optional unless {@code required}, never over {@link EscalationRequest#NOTE_MAX}. */
    static void requireNote(@Nullable String note, boolean required) {
        if (required && isBlank(note)) {
            throw new InvalidTicketException("note", "ticket.note.required");
        }
        if (note != null && note.strip().length() > EscalationRequest.NOTE_MAX) {
            throw new InvalidTicketException("note", "ticket.note.tooLong");
        }
    }

    /** A required text of the timeline, stripped. */
    static String requiredText(String field, @Nullable String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidTicketException(field, "ticket.text.required");
        }
        if (text.strip().length() > TEXT_MAX) {
            throw new InvalidTicketException(field, "ticket.text.size");
        }
        return text.strip();
    }

    /** The subject is optional for speed: without one, the start of the question serves. */
    private static String subjectOf(OpenTicket command) {
        if (!isBlank(command.subject())) {
            return command.subject().strip();
        }
        String question = command.description().strip().replaceAll("\\s+", " ");
        return TextCut.shortened(question, SUBJECT_FROM_QUESTION);
    }

    private static boolean isBlank(@Nullable String value) {
        return value == null || value.isBlank();
    }
}

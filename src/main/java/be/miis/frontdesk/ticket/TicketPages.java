package be.miis.frontdesk.ticket;

import be.miis.frontdesk.organisation.ContactView;
import be.miis.frontdesk.organisation.OrganisationService;
import be.miis.frontdesk.organisation.OrganisationSummary;
import be.miis.frontdesk.shared.InputDates;
import be.miis.frontdesk.shared.KeysetCursor;
import be.miis.frontdesk.shared.PagedResult;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Tickets as screens and the API show them: a list page with its organisations, contacts and guarantees loaded
 * in one query each (never per row), and one ticket with its timeline. The guarantees come from the escalation
 * module through {@link TicketGuarantees}; without it, tickets show no deadline.
 */
@Component
class TicketPages {

    private final TicketSearch search;
    private final OrganisationService organisations;
    private final ObjectProvider<TicketGuarantees> guarantees;
    private final ObjectProvider<MailDeliveries> deliveries;
    private final ObjectProvider<EntryAttachments> attachments;

    TicketPages(
            TicketSearch search,
            OrganisationService organisations,
            ObjectProvider<TicketGuarantees> guarantees,
            ObjectProvider<MailDeliveries> deliveries,
            ObjectProvider<EntryAttachments> attachments) {
        this.search = search;
        this.organisations = organisations;
        this.guarantees = guarantees;
        this.deliveries = deliveries;
        this.attachments = attachments;
    }

    PagedResult<TicketSummary> page(TicketQuery query, @Nullable String cursor, int pageSize, Set<Long> hidden) {
        if (InputDates.isOutside(query.from())) {
            throw new InvalidTicketException("from", InputDates.REFUSED_KEY);
        }
        if (InputDates.isOutside(query.to())) {
            throw new InvalidTicketException("to", InputDates.REFUSED_KEY);
        }
        List<TicketSearch.Row> rows = search.page(query, KeysetCursor.parse(cursor), pageSize + 1);
        List<TicketSearch.Row> page = rows.size() > pageSize ? rows.subList(0, pageSize) : rows;
        Set<Long> organisationIds = new HashSet<>();
        Set<Long> contactIds = new HashSet<>();
        page.forEach(row -> {
            if (row.organisationId() != null) {
                organisationIds.add(row.organisationId());
            }
            if (row.contactId() != null) {
                contactIds.add(row.contactId());
            }
        });
        Map<Long, OrganisationSummary> organisationsById = organisations.summaries(organisationIds);
        Map<Long, ContactView> contactsById = organisations.contacts(contactIds);
        Map<Long, TicketGuarantee> guaranteesById = guarantees(page.stream()
                .filter(TicketSearch.Row::escalated)
                .map(TicketSearch.Row::id)
                .toList());
        List<TicketSummary> items = page.stream()
                .filter(row -> !hidden.contains(row.id()))
                .map(row -> new TicketSummary(
                        row.id(),
                        row.reference(),
                        row.status(),
                        row.channel(),
                        row.type(),
                        row.domainCode(),
                        row.language(),
                        row.organisationId() == null ? null : organisationsById.get(row.organisationId()),
                        row.contactId() == null || !contactsById.containsKey(row.contactId())
                                ? null
                                : contactsById.get(row.contactId()).fullName(),
                        row.subject(),
                        row.receivedAt(),
                        row.createdBy(),
                        row.assignee(),
                        guaranteesById.get(row.id())))
                .toList();
        String next = null;
        if (rows.size() > pageSize) {
            TicketSearch.Row last = page.get(page.size() - 1);
            next = new KeysetCursor(last.receivedAt(), last.id()).toString();
        }
        return new PagedResult<>(items, next);
    }

    TicketView view(Ticket ticket) {
        OrganisationSummary organisation = ticket.organisationId() == null
                ? null
                : organisations.findSummary(ticket.organisationId()).orElse(null);
        ContactView contact = ticket.contactId() == null
                ? null
                : organisations.findContact(ticket.contactId()).orElse(null);
        TicketGuarantee guarantee =
                ticket.escalated() ? guarantees(List.of(ticket.id())).get(ticket.id()) : null;
        return TicketView.of(ticket, organisation, contact, guarantee, deliveries(ticket), mails(ticket));
    }

    /** The attachments and kept formatting of the customer's mails on the timeline (one query), with the mail module. */
    private Map<UUID, EntryAttachments.EntryMail> mails(Ticket ticket) {
        EntryAttachments port = this.attachments.getIfAvailable();
        if (port == null) {
            return Map.of();
        }
        // Notes too: an automatic reply that threads into a ticket is kept as a note (docs/mail.md, "Threading").
        List<UUID> received = ticket.entries().stream()
                .filter(e -> e.kind() == EntryKind.INCOMING || e.kind() == EntryKind.NOTE)
                .map(TicketEntry::uidIfAny)
                .filter(Objects::nonNull)
                .toList();
        return received.isEmpty() ? Map.of() : port.of(ticket.id(), received);
    }

    /** The port of the mail module's attachments, when it is there. */
    @Nullable
    EntryAttachments attachments() {
        return attachments.getIfAvailable();
    }

    /** Where the mails of the ticket's answers and requests stand (one query), when the mail module is there. */
    private Map<UUID, MailDeliveries.MailDelivery> deliveries(Ticket ticket) {
        MailDeliveries port = this.deliveries.getIfAvailable();
        if (port == null) {
            return Map.of();
        }
        List<UUID> sent = ticket.entries().stream()
                .filter(e -> e.kind() == EntryKind.ANSWER || e.kind() == EntryKind.REQUEST)
                .map(TicketEntry::uidIfAny)
                .filter(Objects::nonNull)
                .toList();
        return sent.isEmpty() ? Map.of() : port.of(sent);
    }

    private Map<Long, TicketGuarantee> guarantees(List<Long> ticketIds) {
        TicketGuarantees port = this.guarantees.getIfAvailable();
        return port == null || ticketIds.isEmpty() ? Map.of() : port.of(ticketIds);
    }
}

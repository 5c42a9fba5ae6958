package be.miis.frontdesk.ticket;

import be.miis.frontdesk.shared.ContentLanguage;

/** What a list in another module shows of a ticket beside its own columns (a backoffice queue). */
public record TicketHeadline(
        String reference, String subject, TicketStatus status, TicketType type, ContentLanguage language) {}

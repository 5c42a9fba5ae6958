package be.miis.frontdesk.ticket;

import java.util.Set;

/**
 * Who may open a ticket, as a module downstream decides it: a port the ticket module asks before it shows a ticket
 * (page, API, attachments) and another module implements, since tickets must not depend on it (docs/complaints.md,
 * "Privacy": a complaint about a person is for the complaint handlers and managers only). Without an
 * implementation, every user who reaches the ticket pages may open every ticket.
 */
@FunctionalInterface
public interface TicketPrivacy {

    /** Whether {@code viewer} may open the ticket; false answers 403. */
    boolean mayView(long ticketId, String viewer);

    /**
     * The tickets {@code viewer} may not open, left out of their lists (inbox, search, a caller's history, the API)
     * too: a subject line can name the person. A small set — the few tickets the rule is about.
     */
    default Set<Long> hiddenFrom(String viewer) {
        return Set.of();
    }
}

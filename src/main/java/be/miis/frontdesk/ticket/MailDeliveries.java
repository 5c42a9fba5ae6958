package be.miis.frontdesk.ticket;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * Where the mails of a ticket's answers and requests stand, by the timeline entry's id. The mail module sends them
 * and depends on this module, so the ticket page asks through this port (as {@link TicketGuarantees}); without an
 * implementation, entries show no delivery.
 */
public interface MailDeliveries {

    /** The delivery of those entries that went out by mail; one query for a whole timeline. */
    Map<UUID, MailDelivery> of(Collection<UUID> entryIds);

    /**
     * A mail to the customer: waiting in the outbox (or for its next attempt), delivered, given up, or delivered to
     * the mail server but returned as undeliverable (a bounce).
     */
    enum MailDelivery {
        PENDING,
        SENT,
        FAILED,
        BOUNCED
    }
}

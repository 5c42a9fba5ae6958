package be.miis.frontdesk.ticket;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a ticket is in its life (docs/domain.md, "Ticket lifecycle"). The allowed moves are fixed here, so no screen or API
 * can take a ticket somewhere the contact centre's process does not allow.
 */
public enum TicketStatus {
    NEW,
    ANSWERED,
    ESCALATED,
    IN_PROGRESS,
    WAITING_FOR_CUSTOMER,
    CLOSED;

    /** The statuses in which the contact centre still owes an answer. */
    public static final Set<TicketStatus> OPEN = EnumSet.of(NEW, ESCALATED, IN_PROGRESS, WAITING_FOR_CUSTOMER);

    public boolean canTransitionTo(TicketStatus target) {
        return switch (this) {
            case NEW -> target == ANSWERED || target == ESCALATED || target == WAITING_FOR_CUSTOMER;
            // Back to NEW: the backoffice handed the question back to the frontdesk.
            case ESCALATED -> target == IN_PROGRESS || target == NEW;
            case IN_PROGRESS -> target == WAITING_FOR_CUSTOMER || target == ANSWERED || target == NEW;
            case WAITING_FOR_CUSTOMER -> target == NEW || target == IN_PROGRESS;
            // A reply of the customer (or an agent's "reopen") puts an answered or closed ticket back to work.
            case ANSWERED -> target == CLOSED || target == NEW || target == IN_PROGRESS;
            case CLOSED -> target == NEW || target == IN_PROGRESS;
        };
    }

    public boolean isOpen() {
        return OPEN.contains(this);
    }
}

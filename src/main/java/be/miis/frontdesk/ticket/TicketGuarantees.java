package be.miis.frontdesk.ticket;

import java.util.Collection;
import java.util.Map;

/**
 * The two-working-day guarantee of escalated tickets, by ticket id. The escalation module computes deadlines and
 * depends on this module, so tickets ask through this port instead of calling it (no cycle); without an
 * implementation, tickets simply show no deadline.
 */
public interface TicketGuarantees {

    /** The guarantees of those tickets that were escalated; one query for a whole page of tickets. */
    Map<Long, TicketGuarantee> of(Collection<Long> ticketIds);
}

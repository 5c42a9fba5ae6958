package be.miis.frontdesk.ticket;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The backoffice's intake, as the ticket module sees it: a port the ticket module calls when a ticket is escalated
 * and the escalation module implements (docs/architecture.md, "The escalation hand-off"). The escalation module
 * depends on this one, so tickets ask through this interface instead of calling it (no cycle). Its refusal is an
 * answer, not an exception thrown back from a listener: the ticket turns it into its own validation error and
 * nothing is saved.
 */
@FunctionalInterface
public interface EscalationDesk {

    /** Without a backoffice (the ticket module on its own), nothing can be escalated. */
    EscalationDesk NONE = handOff -> new Refused("queueId", "ticket.escalation.unavailable");

    /** Files the ticket in the queue asked for, or in the queue of its domain; or says why it cannot. */
    Result file(HandOff handOff);

    /** What the backoffice needs to file a ticket: the deadline counts from {@code receivedAt}. */
    record HandOff(
            long ticketId,
            String reference,
            String domainCode,
            TicketType type,
            Instant receivedAt,
            @Nullable Long queueId,
            EscalationPriority priority,
            String escalatedBy,
            Instant escalatedAt) {}

    sealed interface Result permits Accepted, Refused {}

    /** Filed in this queue. */
    record Accepted(long queueId) implements Result {}

    /** Not filed: the field of the request at fault and the message key that says why. */
    record Refused(String field, String messageKey) implements Result {}
}

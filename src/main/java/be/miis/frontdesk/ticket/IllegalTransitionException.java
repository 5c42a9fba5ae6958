package be.miis.frontdesk.ticket;

import be.miis.frontdesk.shared.RuleViolationException;

/** A status change the lifecycle does not allow, such as closing a ticket that was never answered. */
public class IllegalTransitionException extends RuleViolationException {

    private final TicketStatus from;
    private final TicketStatus to;

    public IllegalTransitionException(TicketStatus from, TicketStatus to) {
        super("A ticket cannot go from " + from + " to " + to);
        this.from = from;
        this.to = to;
    }

    public TicketStatus from() {
        return from;
    }

    public TicketStatus to() {
        return to;
    }

    @Override
    public String messageKey() {
        return "ticket.illegalTransition." + to;
    }
}

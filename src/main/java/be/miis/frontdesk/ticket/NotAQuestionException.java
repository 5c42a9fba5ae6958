package be.miis.frontdesk.ticket;

import be.miis.frontdesk.shared.RuleViolationException;

/** Only an open question can be marked as a complaint: not a complaint already, not a closed ticket. */
public class NotAQuestionException extends RuleViolationException {

    NotAQuestionException(String reference) {
        super("ticket " + reference + " is not an open question");
    }

    @Override
    public String messageKey() {
        return "ticket.complaint.refused";
    }
}

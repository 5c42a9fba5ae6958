package be.miis.frontdesk.selfservice;

import be.miis.frontdesk.shared.RuleViolationException;

/** Another agent is calling this person now: the second agent is told who, and does not call too. */
public class CallbackTakenException extends RuleViolationException {

    private final String agent;

    CallbackTakenException(String agent) {
        super("call-back taken by " + agent);
        this.agent = agent;
    }

    public String agent() {
        return agent;
    }

    @Override
    public String messageKey() {
        return "callback.error.taken";
    }
}

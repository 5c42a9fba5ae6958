package be.miis.frontdesk.selfservice;

import be.miis.frontdesk.shared.RuleViolationException;

/** The call-back was closed meanwhile (reached, or given up by another agent's last attempt). */
public class CallbackDoneException extends RuleViolationException {

    CallbackDoneException() {
        super("call-back already done");
    }

    @Override
    public String messageKey() {
        return "callback.error.done";
    }
}

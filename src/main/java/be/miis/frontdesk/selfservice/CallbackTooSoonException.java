package be.miis.frontdesk.selfservice;

import be.miis.frontdesk.shared.RuleViolationException;
import java.time.Instant;

/**
 * A failed call logged before the retry delay has passed: the attempts that close a call-back must be spread out
 * (docs/portal.md, "Call me back"), so that three calls in a row, or a double click, do not give up on a caller.
 */
public class CallbackTooSoonException extends RuleViolationException {

    private final Instant from;

    CallbackTooSoonException(Instant from) {
        super("next attempt from " + from);
        this.from = from;
    }

    /** When the next attempt counts. */
    public Instant from() {
        return from;
    }

    @Override
    public String messageKey() {
        return "callback.error.tooSoon";
    }
}

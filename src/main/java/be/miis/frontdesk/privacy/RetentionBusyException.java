package be.miis.frontdesk.privacy;

import be.miis.frontdesk.shared.RuleViolationException;

/** A run was asked for while another one holds the lock (the nightly run, or another administrator's). */
public class RetentionBusyException extends RuleViolationException {

    RetentionBusyException() {
        super("a retention run is already under way");
    }

    @Override
    public String messageKey() {
        return "privacy.retention.busy";
    }
}

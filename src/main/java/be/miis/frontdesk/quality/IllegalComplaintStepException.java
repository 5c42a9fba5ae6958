package be.miis.frontdesk.quality;

import be.miis.frontdesk.shared.RuleViolationException;

/** A step the procedure does not allow in the complaint's stage, such as answering before admissibility. */
public class IllegalComplaintStepException extends RuleViolationException {

    private final String step;

    IllegalComplaintStepException(ComplaintStage stage, String step) {
        super("A complaint in stage " + stage + " cannot " + step);
        this.step = step;
    }

    @Override
    public String messageKey() {
        return "quality.complaint.refused." + step;
    }
}

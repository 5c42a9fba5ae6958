package be.miis.frontdesk.quality;

import be.miis.frontdesk.shared.NotFoundException;

/** No rating link with this token, or one that expired: the same answer for both, so tokens cannot be probed. */
public class SurveyNotFoundException extends NotFoundException {

    public SurveyNotFoundException() {
        super("no rating link with this token, or it expired");
    }
}

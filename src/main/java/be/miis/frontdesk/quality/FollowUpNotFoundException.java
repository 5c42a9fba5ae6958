package be.miis.frontdesk.quality;

import be.miis.frontdesk.shared.NotFoundException;

public class FollowUpNotFoundException extends NotFoundException {

    FollowUpNotFoundException(long id) {
        super("no satisfaction follow-up " + id);
    }
}

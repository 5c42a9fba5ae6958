package be.miis.frontdesk.mail;

import be.miis.frontdesk.shared.NotFoundException;

/** No mail with this id is held in the quarantine (never there, or retried or discarded since). */
public class QuarantinedMailNotFoundException extends NotFoundException {

    private QuarantinedMailNotFoundException(String message) {
        super(message);
    }

    static QuarantinedMailNotFoundException forId(long id) {
        return new QuarantinedMailNotFoundException("No mail " + id + " held in the quarantine");
    }
}

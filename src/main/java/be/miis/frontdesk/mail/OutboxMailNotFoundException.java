package be.miis.frontdesk.mail;

import be.miis.frontdesk.shared.NotFoundException;

/** No outgoing mail with that id in the outbox. */
public class OutboxMailNotFoundException extends NotFoundException {

    private OutboxMailNotFoundException(String message) {
        super(message);
    }

    static OutboxMailNotFoundException forId(long id) {
        return new OutboxMailNotFoundException("No outgoing mail " + id);
    }
}

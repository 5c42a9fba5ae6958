package be.miis.frontdesk.escalation;

import be.miis.frontdesk.shared.NotFoundException;

public class QueueNotFoundException extends NotFoundException {

    private QueueNotFoundException(String message) {
        super(message);
    }

    public static QueueNotFoundException forId(long id) {
        return new QueueNotFoundException("No queue " + id);
    }
}

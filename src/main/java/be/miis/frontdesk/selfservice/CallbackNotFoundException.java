package be.miis.frontdesk.selfservice;

import be.miis.frontdesk.shared.NotFoundException;

public class CallbackNotFoundException extends NotFoundException {

    CallbackNotFoundException(long id) {
        super("No call-back " + id);
    }
}

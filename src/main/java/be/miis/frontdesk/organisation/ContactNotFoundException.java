package be.miis.frontdesk.organisation;

import be.miis.frontdesk.shared.NotFoundException;

public class ContactNotFoundException extends NotFoundException {

    private ContactNotFoundException(String message) {
        super(message);
    }

    public static ContactNotFoundException forId(long id) {
        return new ContactNotFoundException("No contact with id " + id);
    }
}

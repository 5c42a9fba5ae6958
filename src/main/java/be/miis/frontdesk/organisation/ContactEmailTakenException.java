package be.miis.frontdesk.organisation;

import be.miis.frontdesk.shared.InvalidInputException;

/** Another contact person already has this e-mail address (the import upserts by it, so it must stay unique). */
public class ContactEmailTakenException extends InvalidInputException {

    ContactEmailTakenException() {
        super("email", "contact.email.taken");
    }
}

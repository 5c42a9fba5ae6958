package be.miis.frontdesk.privacy;

import be.miis.frontdesk.shared.NotFoundException;

/** No retention run with that id in the log. */
public class RetentionRunNotFoundException extends NotFoundException {

    private RetentionRunNotFoundException(String message) {
        super(message);
    }

    public static RetentionRunNotFoundException forId(long id) {
        return new RetentionRunNotFoundException("no retention run " + id);
    }
}

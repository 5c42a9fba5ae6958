package be.miis.frontdesk.ticket;

import be.miis.frontdesk.shared.NotFoundException;

/** No kept attachment, or no mail with its formatting, of that id on that ticket. */
public class AttachmentNotFoundException extends NotFoundException {

    private AttachmentNotFoundException(String message) {
        super(message);
    }

    static AttachmentNotFoundException forId(String reference, long id) {
        return new AttachmentNotFoundException("No attachment " + id + " on ticket " + reference);
    }

    static AttachmentNotFoundException forMail(String reference, long id) {
        return new AttachmentNotFoundException("No formatted mail " + id + " on ticket " + reference);
    }
}

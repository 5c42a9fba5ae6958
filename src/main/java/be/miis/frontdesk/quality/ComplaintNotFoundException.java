package be.miis.frontdesk.quality;

import be.miis.frontdesk.shared.NotFoundException;

public class ComplaintNotFoundException extends NotFoundException {

    ComplaintNotFoundException(String what) {
        super("No complaint " + what);
    }
}

package be.miis.frontdesk.quality;

import be.miis.frontdesk.shared.NotFoundException;

public class MysteryCallNotFoundException extends NotFoundException {

    MysteryCallNotFoundException(long id) {
        super("No mystery call " + id);
    }
}

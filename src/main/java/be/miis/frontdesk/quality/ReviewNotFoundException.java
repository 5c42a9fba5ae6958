package be.miis.frontdesk.quality;

import be.miis.frontdesk.shared.NotFoundException;

public class ReviewNotFoundException extends NotFoundException {

    ReviewNotFoundException(long id) {
        super("No review " + id);
    }
}

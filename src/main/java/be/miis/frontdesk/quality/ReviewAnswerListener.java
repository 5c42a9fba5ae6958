package be.miis.frontdesk.quality;

import be.miis.frontdesk.ticket.TicketAnswered;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the answers a review sample is drawn from, after the ticket's commit and in a transaction of its own
 * (docs/reviews.md, "Where the answers come from"). Events come at least once; the answer's id makes a second
 * delivery write nothing.
 */
@Component
class ReviewAnswerListener {

    private final ReviewService reviews;

    ReviewAnswerListener(ReviewService reviews) {
        this.reviews = reviews;
    }

    @ApplicationModuleListener
    void on(TicketAnswered event) {
        reviews.record(event);
    }
}

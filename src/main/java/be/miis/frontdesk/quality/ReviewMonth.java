package be.miis.frontdesk.quality;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A reviewer's month: the sample with how it was drawn, its reviews in order, and the active agents it could not
 * cover because they gave no answer the reviewer may review.
 */
public record ReviewMonth(
        YearMonth month,
        String reviewer,
        long seed,
        int perAgent,
        int perQueue,
        Instant drawnAt,
        List<ReviewView> reviews,
        List<String> uncovered) {

    public ReviewMonth {
        reviews = List.copyOf(reviews);
        uncovered = List.copyOf(uncovered);
    }

    public long scored() {
        return reviews.stream().filter(ReviewView::scored).count();
    }

    /** The first review still to score, where "save and next" and the month page's "start" go. */
    public @Nullable ReviewView nextToScore() {
        return reviews.stream().filter(r -> !r.scored()).findFirst().orElse(null);
    }
}

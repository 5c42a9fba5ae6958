package be.miis.frontdesk.quality;

import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;

/** The score of one rubric item, 1 to 4, with the reviewer's comment. */
@Embeddable
public record ReviewScore(int score, @Nullable String comment) {

    public ReviewScore {
        if (score < ReviewItem.MIN || score > ReviewItem.MAX) {
            throw new InvalidReviewException("score", "quality.review.error.score");
        }
        comment = comment == null || comment.isBlank() ? null : comment.strip();
    }

    public boolean low() {
        return score <= ReviewItem.LOW;
    }
}

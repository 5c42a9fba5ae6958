package be.miis.frontdesk.quality;

import java.time.Instant;
import java.time.YearMonth;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A review as its pages and the API show it: the ticket and whose answer it was, the scores (empty until scored),
 * and the agent's reply.
 */
public record ReviewView(
        long id,
        int version,
        YearMonth month,
        String reference,
        String agent,
        @Nullable Long queueId,
        Instant answeredAt,
        boolean byHand,
        String reviewer,
        Map<ReviewItem, ReviewScore> scores,
        @Nullable String comment,
        @Nullable Instant reviewedAt,
        @Nullable String reply,
        @Nullable Instant repliedAt) {

    public ReviewView {
        scores = Map.copyOf(scores);
    }

    public boolean scored() {
        return reviewedAt != null;
    }

    public boolean replied() {
        return reply != null;
    }

    /** The score of an item, or null when unscored or not applicable. */
    public @Nullable Integer score(ReviewItem item) {
        ReviewScore score = scores.get(item);
        return score == null ? null : score.score();
    }

    public @Nullable String itemComment(ReviewItem item) {
        ReviewScore score = scores.get(item);
        return score == null ? null : score.comment();
    }

    /** The mean of the scored items, one decimal; null when unscored. */
    public @Nullable Double average() {
        return scores.isEmpty()
                ? null
                : Math.round(scores.values().stream()
                                        .mapToInt(ReviewScore::score)
                                        .average()
                                        .orElse(0)
                                * 10)
                        / 10.0;
    }
}

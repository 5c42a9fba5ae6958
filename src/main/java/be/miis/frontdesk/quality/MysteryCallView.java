package be.miis.frontdesk.quality;

import be.miis.frontdesk.shared.ContentLanguage;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A recorded mystery call as its pages show it. */
public record MysteryCallView(
        long id,
        Instant calledAt,
        String line,
        ContentLanguage language,
        int secondsToAnswer,
        boolean answered,
        @Nullable String answeredBy,
        String scenario,
        Map<ReviewItem, ReviewScore> checklist,
        @Nullable String comment,
        String recordedBy,
        Instant recordedAt) {

    public MysteryCallView {
        checklist = Map.copyOf(checklist);
    }

    public @Nullable Integer score(ReviewItem item) {
        ReviewScore score = checklist.get(item);
        return score == null ? null : score.score();
    }

    public @Nullable String itemComment(ReviewItem item) {
        ReviewScore score = checklist.get(item);
        return score == null ? null : score.comment();
    }

    /** The mean of the checklist, one decimal; null when nobody answered. */
    public @Nullable Double average() {
        return checklist.isEmpty()
                ? null
                : Math.round(checklist.values().stream()
                                        .mapToInt(ReviewScore::score)
                                        .average()
                                        .orElse(0)
                                * 10)
                        / 10.0;
    }
}

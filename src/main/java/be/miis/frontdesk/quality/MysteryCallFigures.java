package be.miis.frontdesk.quality;

import java.time.YearMonth;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A month of mystery calls (docs/reviews.md): how many, how many answered, the mean and slowest seconds to answer
 * of the answered ones, and the mean score per checklist item. Means are null where there is nothing to average.
 */
public record MysteryCallFigures(
        YearMonth month,
        int calls,
        int answered,
        @Nullable Double meanSeconds,
        @Nullable Integer slowestSeconds,
        @Nullable Double average,
        Map<ReviewItem, Double> means) {

    public MysteryCallFigures {
        means = Map.copyOf(means);
    }

    public @Nullable Double mean(ReviewItem item) {
        return means.get(item);
    }
}

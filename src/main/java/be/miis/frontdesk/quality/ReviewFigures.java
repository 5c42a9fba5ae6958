package be.miis.frontdesk.quality;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What the reviews of a month say, for managers (docs/reviews.md, "Figures"): per team (a queue, or the frontdesk
 * for answers given without escalation) the reviews scored and the mean per item, and the rubric items by how
 * often they were scored low (1 or 2), most often first; and the last twelve months' trend.
 */
public record ReviewFigures(YearMonth month, List<Team> teams, List<Item> items, List<Trend> trend) {

    public ReviewFigures {
        teams = List.copyOf(teams);
        items = List.copyOf(items);
        trend = List.copyOf(trend);
    }

    /** A team's month; {@code queueId} null is the frontdesk. Means are null where nothing was scored. */
    public record Team(
            @Nullable Long queueId,
            int sampled,
            int scored,
            @Nullable Double average,
            Map<ReviewItem, Double> means) {

        public Team {
            means = Map.copyOf(means);
        }

        public @Nullable Double mean(ReviewItem item) {
            return means.get(item);
        }
    }

    /** An item's month: how often it was scored, how often low, and the share low in percent (one decimal). */
    public record Item(
            ReviewItem item,
            int scored,
            int low,
            @Nullable Double lowShare,
            @Nullable Double average) {}

    public record Trend(
            YearMonth month,
            int sampled,
            int scored,
            @Nullable Double average,
            int low) {}
}

package be.miis.frontdesk.quality.web;

import be.miis.frontdesk.quality.InvalidReviewException;
import be.miis.frontdesk.quality.ReviewItem;
import be.miis.frontdesk.quality.ReviewScore;
import java.util.EnumMap;
import java.util.Map;

/**
 * The rubric as a form posts it, one radio group per item ({@code score_CORRECT=3}, 0 or nothing for "not
 * applicable" or "not scored") with its comment ({@code comment_CORRECT}); shared by the review form and the mystery
 * call's checklist. A value that is not a score is put in {@code errors} under the item's name.
 */
final class ScoreParams {

    private ScoreParams() {}

    static Map<ReviewItem, ReviewScore> read(Map<String, String> params, Map<String, String> errors) {
        Map<ReviewItem, ReviewScore> scores = new EnumMap<>(ReviewItem.class);
        for (ReviewItem item : ReviewItem.values()) {
            String value = params.getOrDefault("score_" + item.name(), "").strip();
            if (value.isEmpty() || value.equals("0")) {
                continue;
            }
            try {
                scores.put(item, new ReviewScore(Integer.parseInt(value), params.get("comment_" + item.name())));
            } catch (NumberFormatException | InvalidReviewException e) {
                errors.put(item.name(), "quality.review.error.score");
            }
        }
        return scores;
    }
}

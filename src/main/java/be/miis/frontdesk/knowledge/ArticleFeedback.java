package be.miis.frontdesk.knowledge;

import be.miis.frontdesk.shared.ContentLanguage;
import java.time.Instant;
import java.util.List;

/**
 * An article's figures on the public portal for its editors: over the last {@code recentDays} days and since the
 * portal counts, and its newest "not helpful" comments (visitor text, to show as text only).
 */
public record ArticleFeedback(
        int recentDays, Figures recent, Figures total, List<Comment> comments, long commentCount) {

    /** Views, the questions and call-backs that followed a reading, and the helpful votes. */
    public record Figures(long views, long questions, long callbacks, long helpfulYes, long helpfulNo) {}

    public record Comment(long id, Instant at, ContentLanguage language, String text) {}
}

package be.miis.frontdesk.quality;

import be.miis.frontdesk.shared.ContentLanguage;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A test call as the reviewer records it: when, which line, in which language, how many seconds until a person
 * answered (or until hanging up), who answered, the scenario asked, and the checklist (the review rubric) when
 * somebody answered.
 */
public record MysteryCallInput(
        Instant calledAt,
        String line,
        ContentLanguage language,
        int secondsToAnswer,
        boolean answered,
        @Nullable String answeredBy,
        String scenario,
        Map<ReviewItem, ReviewScore> checklist,
        @Nullable String comment) {

    public MysteryCallInput {
        checklist = Map.copyOf(checklist);
    }
}

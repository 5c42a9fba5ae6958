package be.miis.frontdesk.quality;

import be.miis.frontdesk.shared.ContentLanguage;
import be.miis.frontdesk.shared.ContentLanguageConverter;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A recorded mystery call (docs/reviews.md, "Mystery calls"); written once, checked when it is made. */
@Entity
@Table(name = "quality_mystery_call")
class MysteryCall {

    static final int MAX_SECONDS = 3600;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Version
    private int version;

    @SuppressWarnings("NullAway.Init")
    private Instant calledAt;

    @SuppressWarnings("NullAway.Init")
    private String line;

    @Convert(converter = ContentLanguageConverter.class)
    @SuppressWarnings("NullAway.Init")
    private ContentLanguage language;

    private int secondsToAnswer;
    private boolean answered;
    private @Nullable String answeredBy;

    @SuppressWarnings("NullAway.Init")
    private String scenario;

    private @Nullable String comment;

    @SuppressWarnings("NullAway.Init")
    private String recordedBy;

    @SuppressWarnings("NullAway.Init")
    private Instant recordedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "quality_mystery_call_score", joinColumns = @JoinColumn(name = "call_id"))
    @MapKeyColumn(name = "item")
    @MapKeyEnumerated(EnumType.STRING)
    private Map<ReviewItem, ReviewScore> checklist = new HashMap<>();

    protected MysteryCall() {}

    /**
     * @throws InvalidReviewException for a call in the future, a line or scenario missing or too long, seconds out of
     *     range, or a checklist incomplete for an answered call (or given for one nobody answered)
     */
    MysteryCall(MysteryCallInput input, String recorder, Instant now) {
        if (input.calledAt().isAfter(now)) {
            throw new InvalidReviewException("calledAt", "quality.mystery.error.future");
        }
        this.line = required("line", input.line(), 40);
        this.scenario = required("scenario", input.scenario(), 1000);
        if (input.secondsToAnswer() < 0 || input.secondsToAnswer() > MAX_SECONDS) {
            throw new InvalidReviewException("secondsToAnswer", "quality.mystery.error.seconds");
        }
        String who = optional("answeredBy", input.answeredBy(), 120);
        if (input.answered()) {
            for (ReviewItem item : ReviewItem.values()) {
                if (!item.optional() && !input.checklist().containsKey(item)) {
                    throw new InvalidReviewException(item.name(), "quality.review.error.missing");
                }
            }
        } else if (who != null || !input.checklist().isEmpty()) {
            throw new InvalidReviewException("answered", "quality.mystery.error.notAnswered");
        }
        input.checklist().forEach((item, score) -> {
            if (score.comment() != null && score.comment().length() > Review.ITEM_COMMENT_LENGTH) {
                throw new InvalidReviewException(item.name(), "quality.review.error.commentLength");
            }
        });
        this.calledAt = input.calledAt();
        this.language = input.language();
        this.secondsToAnswer = input.secondsToAnswer();
        this.answered = input.answered();
        this.answeredBy = who;
        this.comment = optional("comment", input.comment(), Review.COMMENT_LENGTH);
        this.checklist.putAll(input.checklist());
        this.recordedBy = recorder;
        this.recordedAt = now;
    }

    private static String required(String field, @Nullable String value, int max) {
        String text = optional(field, value, max);
        if (text == null) {
            throw new InvalidReviewException(field, "quality.mystery.error.required");
        }
        return text;
    }

    private static @Nullable String optional(String field, @Nullable String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (text.length() > max) {
            throw new InvalidReviewException(field, "quality.mystery.error.tooLong");
        }
        return text;
    }

    MysteryCallView view() {
        Map<ReviewItem, ReviewScore> inOrder = new EnumMap<>(ReviewItem.class);
        inOrder.putAll(checklist);
        return new MysteryCallView(
                Objects.requireNonNull(id),
                calledAt,
                line,
                language,
                secondsToAnswer,
                answered,
                answeredBy,
                scenario,
                inOrder,
                comment,
                recordedBy,
                recordedAt);
    }
}

package be.miis.frontdesk.quality;

import jakarta.persistence.CollectionTable;
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
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One ticket of a sample and what its reviewer thought of its answer: a score per rubric item, and the agent's
 * reply. Scored by the reviewer (again, until the agent replied), replied to once by the agent whose answer it is.
 */
@Entity
@Table(name = "quality_review")
class Review {

    static final int COMMENT_LENGTH = 2000;
    static final int ITEM_COMMENT_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Version
    private int version;

    private long sampleId;
    private long ticketId;

    @SuppressWarnings("NullAway.Init")
    private String reference;

    @SuppressWarnings("NullAway.Init")
    private UUID answerId;

    @SuppressWarnings("NullAway.Init")
    private String agent;

    private @Nullable Long queueId;

    @SuppressWarnings("NullAway.Init")
    private Instant answeredAt;

    private boolean byHand;

    @SuppressWarnings("NullAway.Init")
    private String reviewer;

    private @Nullable String comment;
    private @Nullable Instant reviewedAt;
    private @Nullable String reply;
    private @Nullable Instant repliedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "quality_review_score", joinColumns = @JoinColumn(name = "review_id"))
    @MapKeyColumn(name = "item")
    @MapKeyEnumerated(EnumType.STRING)
    private Map<ReviewItem, ReviewScore> scores = new HashMap<>();

    protected Review() {}

    Review(long sampleId, String reviewer, SampleCandidate answer, boolean byHand) {
        if (answer.agent().equals(reviewer)) {
            throw new InvalidReviewException("reference", "quality.review.error.ownAnswer");
        }
        this.sampleId = sampleId;
        this.reviewer = reviewer;
        this.ticketId = answer.ticketId();
        this.reference = answer.reference();
        this.answerId = answer.answerId();
        this.agent = answer.agent();
        this.queueId = answer.queueId();
        this.answeredAt = answer.answeredAt();
        this.byHand = byHand;
    }

    /**
     * Scores the answer: every item but the optional one must have a score. A review the agent replied to stays as
     * it was replied to.
     */
    void score(Map<ReviewItem, ReviewScore> given, @Nullable String comment, String by, Instant at) {
        if (!by.equals(reviewer)) {
            throw new ReviewRefusedException("quality.review.error.notYours");
        }
        if (reply != null) {
            throw new ReviewRefusedException("quality.review.error.replied");
        }
        for (ReviewItem item : ReviewItem.values()) {
            if (!item.optional() && !given.containsKey(item)) {
                throw new InvalidReviewException(item.name(), "quality.review.error.missing");
            }
            ReviewScore score = given.get(item);
            if (score != null && score.comment() != null && score.comment().length() > ITEM_COMMENT_LENGTH) {
                throw new InvalidReviewException(item.name(), "quality.review.error.commentLength");
            }
        }
        String text = comment == null || comment.isBlank() ? null : comment.strip();
        if (text != null && text.length() > COMMENT_LENGTH) {
            throw new InvalidReviewException("comment", "quality.review.error.commentLength");
        }
        this.scores.clear();
        this.scores.putAll(given);
        this.comment = text;
        this.reviewedAt = at;
    }

    /** The agent's answer to the review, once, after it was scored. */
    void reply(String text, String by, Instant at) {
        if (!by.equals(agent)) {
            throw new ReviewRefusedException("quality.review.error.notYourAnswer");
        }
        if (reviewedAt == null) {
            throw new ReviewRefusedException("quality.review.error.notScored");
        }
        if (reply != null) {
            throw new ReviewRefusedException("quality.review.error.replied");
        }
        String stripped = text.strip();
        if (stripped.isEmpty()) {
            throw new InvalidReviewException("reply", "quality.review.error.replyEmpty");
        }
        if (stripped.length() > COMMENT_LENGTH) {
            throw new InvalidReviewException("reply", "quality.review.error.commentLength");
        }
        this.reply = stripped;
        this.repliedAt = at;
    }

    ReviewView view(ReviewSample sample) {
        return new ReviewView(
                id(),
                version,
                sample.month(),
                reference,
                agent,
                queueId,
                answeredAt,
                byHand,
                reviewer,
                scoresInOrder(),
                comment,
                reviewedAt,
                reply,
                repliedAt);
    }

    private Map<ReviewItem, ReviewScore> scoresInOrder() {
        Map<ReviewItem, ReviewScore> inOrder = new EnumMap<>(ReviewItem.class);
        inOrder.putAll(scores);
        return inOrder;
    }

    long id() {
        return Objects.requireNonNull(id, "review not saved");
    }

    boolean scored() {
        return reviewedAt != null;
    }

    long sampleId() {
        return sampleId;
    }

    String agent() {
        return agent;
    }
}

package be.miis.frontdesk.quality;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A reviewer's sample of a month, with the seed and sizes it was drawn with (docs/reviews.md, "The sample"). */
@Entity
@Table(name = "quality_review_sample")
class ReviewSample {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @SuppressWarnings("NullAway.Init")
    private LocalDate month;

    @SuppressWarnings("NullAway.Init")
    private String reviewer;

    private long seed;
    private int perAgent;
    private int perQueue;

    @SuppressWarnings("NullAway.Init")
    private Instant drawnAt;

    protected ReviewSample() {}

    ReviewSample(YearMonth month, String reviewer, long seed, int perAgent, int perQueue, Instant drawnAt) {
        this.month = month.atDay(1);
        this.reviewer = reviewer;
        this.seed = seed;
        this.perAgent = perAgent;
        this.perQueue = perQueue;
        this.drawnAt = drawnAt;
    }

    long id() {
        return Objects.requireNonNull(id, "sample not saved");
    }

    YearMonth month() {
        return YearMonth.from(month);
    }

    String reviewer() {
        return reviewer;
    }

    long seed() {
        return seed;
    }

    int perAgent() {
        return perAgent;
    }

    int perQueue() {
        return perQueue;
    }

    Instant drawnAt() {
        return drawnAt;
    }
}

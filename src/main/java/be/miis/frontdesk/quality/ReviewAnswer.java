package be.miis.frontdesk.quality;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One answer as the quality module knows it from {@code TicketAnswered}: the read model samples are drawn from. */
@Entity
@Table(name = "quality_review_answer")
class ReviewAnswer {

    @Id
    @SuppressWarnings("NullAway.Init")
    private UUID answerId;

    private long ticketId;

    @SuppressWarnings("NullAway.Init")
    private String reference;

    @SuppressWarnings("NullAway.Init")
    private String answeredBy;

    @SuppressWarnings("NullAway.Init")
    private Instant answeredAt;

    private @Nullable Long queueId;

    protected ReviewAnswer() {}

    ReviewAnswer(
            UUID answerId,
            long ticketId,
            String reference,
            String answeredBy,
            Instant answeredAt,
            @Nullable Long queueId) {
        this.answerId = answerId;
        this.ticketId = ticketId;
        this.reference = reference;
        this.answeredBy = answeredBy;
        this.answeredAt = answeredAt;
        this.queueId = queueId;
    }

    SampleCandidate candidate() {
        return new SampleCandidate(ticketId, reference, answerId, answeredBy, queueId, answeredAt);
    }

    String answeredBy() {
        return answeredBy;
    }

    long ticketId() {
        return ticketId;
    }

    Instant answeredAt() {
        return answeredAt;
    }
}

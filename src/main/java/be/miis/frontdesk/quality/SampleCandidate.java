package be.miis.frontdesk.quality;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An answer that may be drawn into a monthly sample: which ticket, who answered, and in which queue ({@code null}:
 * answered by the frontdesk without escalation).
 */
record SampleCandidate(
        long ticketId,
        String reference,
        UUID answerId,
        String agent,
        @Nullable Long queueId,
        Instant answeredAt) {}

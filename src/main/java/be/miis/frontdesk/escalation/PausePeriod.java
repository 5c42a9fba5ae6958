package be.miis.frontdesk.escalation;

import jakarta.persistence.Embeddable;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A stretch an escalated ticket waited for the customer; open ({@code resumedAt} null) while it still waits. */
@Embeddable
class PausePeriod {

    private Instant pausedAt = Instant.EPOCH;
    private @Nullable Instant resumedAt;

    protected PausePeriod() {}

    PausePeriod(Instant pausedAt) {
        this.pausedAt = pausedAt;
    }

    void end(Instant at) {
        this.resumedAt = at;
    }

    Instant pausedAt() {
        return pausedAt;
    }

    @Nullable
    Instant resumedAt() {
        return resumedAt;
    }
}

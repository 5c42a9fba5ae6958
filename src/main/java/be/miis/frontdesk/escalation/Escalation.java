package be.miis.frontdesk.escalation;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A ticket in a backoffice queue, with the deadline of the two-working-day guarantee. */
@Entity
@Table(name = "escalation")
class Escalation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long ticketId;
    private String ticketReference = "";
    private long queueId;
    private Instant receivedAt = Instant.EPOCH;
    /** The guaranteed working time in minutes (2 working days of 8 h = 960). */
    private int slaMinutes;

    private Instant atRiskAt = Instant.EPOCH;
    private Instant deadline = Instant.EPOCH;
    private Instant escalatedAt = Instant.EPOCH;
    private String escalatedBy = "";
    private @Nullable Instant answeredAt;
    private @Nullable Boolean met;

    /** The stretches the ticket waited for the customer; the last one is open while it still waits. */
    @ElementCollection
    @CollectionTable(name = "escalation_pause", joinColumns = @JoinColumn(name = "escalation_id"))
    @OrderBy("pausedAt")
    private List<PausePeriod> pauses = new ArrayList<>();

    @Version
    private int version;

    protected Escalation() {}

    Escalation(
            long ticketId,
            String ticketReference,
            long queueId,
            Instant receivedAt,
            Duration slaWorkingTime,
            BusinessCalendar calendar,
            String escalatedBy,
            Instant now) {
        this.ticketId = ticketId;
        this.ticketReference = ticketReference;
        this.queueId = queueId;
        this.receivedAt = receivedAt;
        this.slaMinutes = Math.toIntExact(slaWorkingTime.toMinutes());
        this.escalatedBy = escalatedBy;
        this.escalatedAt = now;
        schedule(calendar);
    }

    /**
     * (Re)computes the deadline and the at-risk moment from the received-at and the finished pauses: after a
     * resume, or after a calendar change.
     */
    void schedule(BusinessCalendar calendar) {
        Duration sla = Duration.ofMinutes(slaMinutes);
        List<Pause> finished = pauses.stream()
                .filter(p -> p.resumedAt() != null)
                .map(p -> new Pause(p.pausedAt(), Objects.requireNonNull(p.resumedAt())))
                .toList();
        this.deadline = calendar.deadline(receivedAt, sla, finished);
        this.atRiskAt = calendar.deadline(receivedAt, sla.multipliedBy(3).dividedBy(4), finished);
    }

    /** The ticket waits for the customer: the clock stops. */
    void pause(Instant at) {
        if (answeredAt == null && pausedSince() == null) {
            pauses.add(new PausePeriod(at));
        }
    }

    /** The customer replied: the clock runs again and the deadline moves by the working time paused. */
    void resume(Instant at, BusinessCalendar calendar) {
        PausePeriod open = openPause();
        if (open != null) {
            open.end(at);
            schedule(calendar);
        }
    }

    /** Since when the clock stands still, or null while it runs. */
    @Nullable
    Instant pausedSince() {
        PausePeriod open = openPause();
        return open == null ? null : open.pausedAt();
    }

    private @Nullable PausePeriod openPause() {
        return pauses.stream().filter(p -> p.resumedAt() == null).findFirst().orElse(null);
    }

    /** The documented answer was given: the guarantee is met when it came before the deadline. */
    void answer(Instant at) {
        if (answeredAt == null) {
            this.answeredAt = at;
            this.met = !at.isAfter(deadline);
        }
    }

    /** Where the ticket stands at {@code now}; while it waits for the customer, as it stood when the clock stopped. */
    SlaState state(Instant now) {
        Instant paused = pausedSince();
        if (paused != null && paused.isBefore(now)) {
            return state(paused);
        }
        if (answeredAt != null) {
            return Boolean.TRUE.equals(met) ? SlaState.MET : SlaState.MISSED;
        }
        if (now.isAfter(deadline)) {
            return SlaState.BREACHED;
        }
        return now.isBefore(atRiskAt) ? SlaState.ON_TIME : SlaState.AT_RISK;
    }

    @Nullable
    Long id() {
        return id;
    }

    long queueId() {
        return queueId;
    }

    String ticketReference() {
        return ticketReference;
    }

    Instant receivedAt() {
        return receivedAt;
    }

    Instant deadline() {
        return deadline;
    }

    @Nullable
    Instant answeredAt() {
        return answeredAt;
    }
}

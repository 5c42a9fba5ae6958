package be.miis.frontdesk.escalation;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
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

    /** (Re)computes the deadline and the at-risk moment from the received-at, e.g. after a calendar change. */
    void schedule(BusinessCalendar calendar) {
        Duration sla = Duration.ofMinutes(slaMinutes);
        this.deadline = calendar.deadline(receivedAt, sla);
        this.atRiskAt = calendar.deadline(receivedAt, sla.multipliedBy(3).dividedBy(4));
    }

    /** The documented answer was given: the guarantee is met when it came before the deadline. */
    void answer(Instant at) {
        if (answeredAt == null) {
            this.answeredAt = at;
            this.met = !at.isAfter(deadline);
        }
    }

    SlaState state(Instant now) {
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

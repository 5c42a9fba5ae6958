package be.miis.frontdesk.escalation;

import be.miis.frontdesk.ticket.EscalationPriority;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
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
    /** The working time used until the answer, in whole minutes; recorded with the answer, like {@link #met}. */
    private @Nullable Integer workingMinutes;

    @Enumerated(EnumType.STRING)
    private EscalationPriority priority = EscalationPriority.NORMAL;

    /** The expert who has the ticket; null until someone takes it, and again once it is handed back. */
    private @Nullable String assignee;

    /** Set while the ticket is back with the frontdesk: out of the queue, the guarantee still counting. */
    private @Nullable Instant returnedAt;

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
            EscalationPriority priority,
            BusinessCalendar calendar,
            String escalatedBy,
            Instant now) {
        this.ticketId = ticketId;
        this.ticketReference = ticketReference;
        this.queueId = queueId;
        this.priority = priority;
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
        List<Pause> finished = pauses.stream()
                .filter(p -> p.resumedAt() != null)
                .map(p -> new Pause(p.pausedAt(), Objects.requireNonNull(p.resumedAt())))
                .toList();
        Schedule schedule = Schedule.of(calendar, receivedAt, Duration.ofMinutes(slaMinutes), finished);
        this.deadline = schedule.deadline();
        this.atRiskAt = schedule.atRiskAt();
    }

    /**
     * The two moments of a guarantee: the deadline, and the at-risk moment when 75 % of the working time is used.
     * Computed here for one escalation and by {@link CalendarReapplication} for many at once.
     */
    record Schedule(Instant deadline, Instant atRiskAt) {

        static Schedule of(BusinessCalendar calendar, Instant receivedAt, Duration sla, List<Pause> finished) {
            return new Schedule(
                    calendar.deadline(receivedAt, sla, finished),
                    calendar.deadline(receivedAt, sla.multipliedBy(3).dividedBy(4), finished));
        }
    }

    /**
     * Escalated again after the frontdesk had it back: into the queue asked for now. The deadline stays the one
     * counted from the ticket's received-at, unless the new queue guarantees another working time.
     */
    void reescalate(long queueId, Duration slaWorkingTime, EscalationPriority priority, BusinessCalendar calendar) {
        this.queueId = queueId;
        this.priority = priority;
        this.returnedAt = null;
        this.assignee = null;
        changeSla(slaWorkingTime, calendar);
    }

    /** The queue's guarantee changed (an admin set other working days): re-applied from the ticket's history. */
    void changeSla(Duration slaWorkingTime, BusinessCalendar calendar) {
        int minutes = Math.toIntExact(slaWorkingTime.toMinutes());
        if (minutes != slaMinutes) {
            this.slaMinutes = minutes;
            schedule(calendar);
        }
    }

    void assign(String expert) {
        this.assignee = expert;
    }

    /** The frontdesk has it back: out of the queue and nobody's in the backoffice. */
    void returnToFrontdesk(Instant at) {
        if (answeredAt == null) {
            this.returnedAt = at;
            this.assignee = null;
        }
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

    /**
     * The documented answer was given: the guarantee is met when it came before the deadline, and the working time
     * it took is recorded for the statistics.
     */
    void answer(Instant at, BusinessCalendar calendar) {
        if (answeredAt == null) {
            this.answeredAt = at;
            this.met = !at.isAfter(deadline);
            this.workingMinutes = Math.toIntExact(workingTimeUsed(calendar, at).toMinutes());
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

    Instant atRiskAt() {
        return atRiskAt;
    }

    long ticketId() {
        return ticketId;
    }

    EscalationPriority priority() {
        return priority;
    }

    @Nullable
    String assignee() {
        return assignee;
    }

    @Nullable
    Instant returnedAt() {
        return returnedAt;
    }

    /**
     * The working time the guarantee has used so far: from received-at to the answer (or to now), less the time
     * the ticket waited for the customer.
     */
    Duration workingTimeUsed(BusinessCalendar calendar, Instant now) {
        Instant end = answeredAt != null ? answeredAt : now;
        Duration used = calendar.workingTimeBetween(receivedAt, end);
        for (PausePeriod pause : pauses) {
            Instant resumed = pause.resumedAt() == null ? end : pause.resumedAt();
            Instant from = pause.pausedAt().isBefore(end) ? pause.pausedAt() : end;
            Instant to = resumed.isBefore(end) ? resumed : end;
            used = used.minus(calendar.workingTimeBetween(from, to));
        }
        // Whole minutes: the guarantee is counted in minutes (sla_minutes), seconds would be noise.
        return used.isNegative() ? Duration.ZERO : used.truncatedTo(ChronoUnit.MINUTES);
    }

    @Nullable
    Instant answeredAt() {
        return answeredAt;
    }

    @Nullable
    Integer workingMinutes() {
        return workingMinutes;
    }
}

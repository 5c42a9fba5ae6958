package be.miis.frontdesk.selfservice;

import be.miis.frontdesk.shared.ContentLanguage;
import be.miis.frontdesk.shared.ContentLanguageConverter;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A visitor's request to be called back in a slot, and the frontdesk's work on it: an agent takes it (a claim that
 * lapses, so an agent who walked away does not block it), calls, and logs the outcome. Not reached: the attempt is
 * recorded and the call-back is due again after the retry delay, until the last attempt closes it. Reached: it is
 * done, with the ticket opened for the call.
 */
@Entity
@Table(name = "callback_request")
class CallbackRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Version
    private int version;

    @SuppressWarnings("NullAway.Init")
    private String phone;

    @SuppressWarnings("NullAway.Init")
    private String name;

    @SuppressWarnings("NullAway.Init")
    private String organisation;

    private @Nullable String email;

    @Convert(converter = ContentLanguageConverter.class)
    @SuppressWarnings("NullAway.Init")
    private ContentLanguage language;

    @SuppressWarnings("NullAway.Init")
    private String question;

    @SuppressWarnings("NullAway.Init")
    private Instant slotStart;

    @SuppressWarnings("NullAway.Init")
    private Instant slotEnd;

    private @Nullable Long articleId;

    @Enumerated(EnumType.STRING)
    private CallbackStatus status = CallbackStatus.DUE;

    @SuppressWarnings("NullAway.Init")
    private Instant dueAt;

    private int attempts;
    private @Nullable String claimedBy;
    private @Nullable Instant claimedAt;
    private @Nullable String ticketReference;

    @SuppressWarnings("NullAway.Init")
    private Instant requestedAt;

    private @Nullable Instant closedAt;
    private @Nullable String closedBy;

    @OneToMany(mappedBy = "callback", cascade = CascadeType.ALL)
    @OrderBy("at")
    private List<CallbackAttempt> calls = new ArrayList<>();

    protected CallbackRequest() {}

    CallbackRequest(CallbackInput input, String phone, Instant now) {
        this.phone = phone;
        this.name = input.name().strip();
        this.organisation = input.organisation().strip();
        this.email = input.email() == null || input.email().isBlank()
                ? null
                : input.email().strip();
        this.language = input.language();
        this.question = input.question().strip();
        this.slotStart = input.slotStart();
        this.slotEnd = input.slotEnd();
        this.articleId = input.articleId();
        this.dueAt = input.slotStart();
        this.requestedAt = now;
    }

    /**
     * An agent takes the call-back to call now. Refused while another agent's claim holds, and when it is done;
     * taking it again (a second tab) is harmless.
     */
    void take(String agent, Instant now, Duration claimTimeout) {
        requireDue();
        if (claimedBy != null
                && !claimedBy.equals(agent)
                && claimedAt != null
                && claimedAt.plus(claimTimeout).isAfter(now)) {
            throw new CallbackTakenException(claimedBy);
        }
        claimedBy = agent;
        claimedAt = now;
    }

    /** The caller answered: done, with the ticket opened for the call. */
    void reached(String agent, String reference, Instant now, Duration claimTimeout) {
        take(agent, now, claimTimeout);
        calls.add(new CallbackAttempt(this, now, agent, CallbackStatus.REACHED));
        attempts++;
        ticketReference = reference;
        close(CallbackStatus.REACHED, agent, now);
    }

    /**
     * Nobody answered: the attempt is recorded and the call-back is due again after the retry delay, or, at the
     * last attempt, closed as not reached. Returns whether that was the last attempt.
     */
    boolean notReached(String agent, Instant now, Duration claimTimeout, Duration retryDelay, int maxAttempts) {
        requireDue();
        if (tooSoon(now)) {
            throw new CallbackTooSoonException(dueAt);
        }
        take(agent, now, claimTimeout);
        calls.add(new CallbackAttempt(this, now, agent, CallbackStatus.NOT_REACHED));
        attempts++;
        claimedBy = null;
        claimedAt = null;
        if (attempts >= maxAttempts) {
            close(CallbackStatus.NOT_REACHED, agent, now);
            return true;
        }
        dueAt = now.plus(retryDelay);
        return false;
    }

    private void close(CallbackStatus outcome, String agent, Instant now) {
        status = outcome;
        closedAt = now;
        closedBy = agent;
        claimedBy = null;
        claimedAt = null;
    }

    private void requireDue() {
        if (status != CallbackStatus.DUE) {
            throw new CallbackDoneException();
        }
    }

    /**
     * Whether a failed call now would come before the retry delay after the last one. The first call may come
     * before the slot (an agent who has time); only the attempts that can close the call-back are spread out.
     */
    boolean tooSoon(Instant now) {
        return attempts > 0 && now.isBefore(dueAt);
    }

    /** Whose claim holds now, if anyone's. */
    @Nullable
    String holder(Instant now, Duration claimTimeout) {
        return claimedBy != null
                        && claimedAt != null
                        && claimedAt.plus(claimTimeout).isAfter(now)
                ? claimedBy
                : null;
    }

    long id() {
        return Objects.requireNonNull(id);
    }

    int version() {
        return version;
    }

    String phone() {
        return phone;
    }

    String name() {
        return name;
    }

    String organisation() {
        return organisation;
    }

    @Nullable
    String email() {
        return email;
    }

    ContentLanguage language() {
        return language;
    }

    String question() {
        return question;
    }

    Instant slotStart() {
        return slotStart;
    }

    Instant slotEnd() {
        return slotEnd;
    }

    @Nullable
    Long articleId() {
        return articleId;
    }

    CallbackStatus status() {
        return status;
    }

    Instant dueAt() {
        return dueAt;
    }

    int attempts() {
        return attempts;
    }

    @Nullable
    String ticketReference() {
        return ticketReference;
    }

    Instant requestedAt() {
        return requestedAt;
    }

    @Nullable
    Instant closedAt() {
        return closedAt;
    }

    List<CallbackAttempt> calls() {
        return calls;
    }
}

package be.miis.frontdesk.selfservice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One call an agent made for a call-back, and how it went. */
@Entity
@Table(name = "callback_attempt")
class CallbackAttempt {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "callback_id")
    @SuppressWarnings("NullAway.Init")
    private CallbackRequest callback;

    @Column(name = "at")
    @SuppressWarnings("NullAway.Init")
    private Instant at;

    @SuppressWarnings("NullAway.Init")
    private String agent;

    @Enumerated(EnumType.STRING)
    @SuppressWarnings("NullAway.Init")
    private CallbackStatus outcome;

    protected CallbackAttempt() {}

    CallbackAttempt(CallbackRequest callback, Instant at, String agent, CallbackStatus outcome) {
        this.callback = callback;
        this.at = at;
        this.agent = agent;
        this.outcome = outcome;
    }

    Instant at() {
        return at;
    }

    String agent() {
        return agent;
    }

    CallbackStatus outcome() {
        return outcome;
    }
}

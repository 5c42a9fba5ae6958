package be.miis.frontdesk.ticket;

import org.jspecify.annotations.Nullable;

/**
 * What the frontdesk hands over with a question it escalates.
 *
 * @param queueId the backoffice queue, or null for the queue of the ticket's domain (the complaints queue for a
 *     complaint); the escalation module checks it
 * @param priority how urgent it is
 * @param note the handover note: what was asked and what the frontdesk already checked; kept on the timeline as an
 *     internal note
 */
public record EscalationRequest(
        @Nullable Long queueId,
        EscalationPriority priority,
        @Nullable String note) {

    public static final int NOTE_MAX = 4000;

    /** The ticket's own domain queue, normal priority, no note: what the call screen's quick escalation does. */
    public static EscalationRequest toDomainQueue() {
        return new EscalationRequest(null, EscalationPriority.NORMAL, null);
    }
}

package be.miis.frontdesk.mail;

import org.jspecify.annotations.Nullable;

/**
 * What an administrator's action on a quarantined mail did. A second click on a mail already decided is not an
 * error: it says what the mail is now.
 *
 * @param status the mail's status after the action
 * @param ticketReference the ticket the mail became, if it did
 * @param reason why the mail is still held, when a retry could not take it
 */
public record QuarantineDecision(
        Result result,
        QuarantineStatus status,
        @Nullable String ticketReference,
        @Nullable String reason) {

    public enum Result {
        /** The action was carried out. */
        DONE,
        /** A retry ran, and the mail still cannot become a ticket: it stays held with the newer reason. */
        STILL_HELD,
        /** The mail was no longer held (a second click, or another admin was quicker): nothing changed. */
        ALREADY_DECIDED
    }
}

package be.miis.frontdesk.selfservice;

import be.miis.frontdesk.shared.ContentLanguage;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A call-back as the agents see it. {@code holder} is the agent whose claim holds now (null: free to take);
 * {@code calls} are the attempts so far, oldest first (empty in the list, which shows their number);
 * {@code retryLater}: a failed call now would come before the retry delay, so only "reached" can be logged.
 */
public record CallbackView(
        long id,
        int version,
        String phone,
        String phoneDisplay,
        String name,
        String organisation,
        @Nullable String email,
        ContentLanguage language,
        String question,
        Instant slotStart,
        Instant slotEnd,
        CallbackStatus status,
        Instant dueAt,
        int attempts,
        @Nullable String holder,
        @Nullable String ticketReference,
        Instant requestedAt,
        boolean retryLater,
        List<Call> calls) {

    /** One attempt: when, by whom, how it went. */
    public record Call(Instant at, String agent, CallbackStatus outcome) {}
}

package be.miis.frontdesk.ticket;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A ticket that waited for the customer is worked on again: what was received came in ({@code received}), or an
 * answer ended the wait ({@code received} is null). The guarantee's clock of an escalated ticket runs again.
 */
public record TicketResumed(
        long ticketId,
        String reference,
        boolean escalated,
        @Nullable String received,
        String resumedBy,
        Instant resumedAt) {}

package be.miis.frontdesk.ticket;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A ticket waits for the customer ({@code paused}) or got what it waited for ({@code !paused}): the SLA clock of an
 * escalated ticket stops or runs again. Published for every ticket, because {@code message} is meant for the
 * customer too: when pausing, what was asked of them, which the mail module is to send them; when resuming, what
 * was received (null when an answer resumed the ticket).
 */
public record TicketPaused(
        long ticketId,
        String reference,
        boolean paused,
        Instant at,
        @Nullable String message) {}

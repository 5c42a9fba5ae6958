package be.miis.frontdesk.ticket;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One line of a ticket's timeline. */
public record EntryView(
        long id,
        EntryKind kind,
        @Nullable Channel channel,
        @Nullable String body,
        @Nullable String field,
        @Nullable String oldValue,
        @Nullable String newValue,
        String author,
        Instant createdAt) {

    static EntryView of(TicketEntry entry) {
        return new EntryView(
                entry.id() == null ? 0 : entry.id(),
                entry.kind(),
                entry.channel(),
                entry.body(),
                entry.field(),
                entry.oldValue(),
                entry.newValue(),
                entry.author(),
                entry.createdAt());
    }
}

package be.miis.frontdesk.escalation;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An in-app SLA warning of one user. */
public record NoticeView(
        long id,
        String ticketReference,
        WarningKind kind,
        Instant createdAt,
        @Nullable Instant readAt) {

    public boolean unread() {
        return readAt == null;
    }
}

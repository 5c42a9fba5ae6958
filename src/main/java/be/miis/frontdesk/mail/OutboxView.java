package be.miis.frontdesk.mail;

import be.miis.frontdesk.shared.ContentLanguage;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An outgoing mail as administrators see it in the outbox, without its bodies. */
public record OutboxView(
        long id,
        OutboxKind kind,
        @Nullable String ticketReference,
        @Nullable String recipient,
        ContentLanguage language,
        String subject,
        String messageId,
        OutboxStatus status,
        int attempts,
        Instant nextAttemptAt,
        @Nullable String lastError,
        Instant createdAt,
        @Nullable Instant sentAt) {}

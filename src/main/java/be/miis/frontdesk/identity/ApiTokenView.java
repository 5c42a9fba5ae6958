package be.miis.frontdesk.identity;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A personal API token as its owner sees it in the list: its prefix, never the secret. */
public record ApiTokenView(
        Long id,
        String name,
        String prefix,
        Instant createdAt,
        @Nullable Instant expiresAt,
        @Nullable Instant lastUsedAt,
        @Nullable Instant revokedAt) {

    public boolean isActive(Instant now) {
        return revokedAt == null && (expiresAt == null || expiresAt.isAfter(now));
    }
}

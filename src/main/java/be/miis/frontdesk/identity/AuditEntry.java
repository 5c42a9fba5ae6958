package be.miis.frontdesk.identity;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

public record AuditEntry(
        long id,
        Instant occurredAt,
        String actor,
        AuditAction action,
        @Nullable String targetType,
        @Nullable String targetId,
        @Nullable String details,
        @Nullable String remoteAddress) {}

package be.miis.frontdesk.identity;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One event of the trail; {@code actorName} and {@code targetName} are the full names of the user accounts the
 * actor and a user target stand for (null for a name no account has, e.g. a mistyped login).
 */
public record AuditEntry(
        long id,
        Instant occurredAt,
        String actor,
        AuditAction action,
        @Nullable String targetType,
        @Nullable String targetId,
        @Nullable String details,
        @Nullable String remoteAddress,
        @Nullable String actorName,
        @Nullable String targetName) {}

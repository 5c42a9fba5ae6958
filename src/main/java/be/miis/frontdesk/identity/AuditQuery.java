package be.miis.frontdesk.identity;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A filter of the audit trail (docs/security.md, "Who saw what"): who, which event, what it concerned (a ticket by
 * reference, a contact by id, …) and the days, inclusive, in Brussels. Every part is optional.
 */
public record AuditQuery(
        @Nullable String actor,
        @Nullable AuditAction action,
        @Nullable String targetType,
        @Nullable String targetId,
        @Nullable LocalDate from,
        @Nullable LocalDate to) {

    public AuditQuery(@Nullable String actor, @Nullable AuditAction action) {
        this(actor, action, null, null, null, null);
    }
}

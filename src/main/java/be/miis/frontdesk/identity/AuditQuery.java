package be.miis.frontdesk.identity;

import org.jspecify.annotations.Nullable;

/** Filters of the audit trail; null means "any". */
public record AuditQuery(@Nullable String actor, @Nullable AuditAction action) {}

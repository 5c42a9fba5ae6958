package be.miis.frontdesk.identity;

/** What the audit trail records. Ticket and organisation access are added by their modules' issues. */
public enum AuditAction {
    LOGIN_SUCCEEDED,
    LOGIN_FAILED,
    LOGIN_THROTTLED,
    /** An administrator let a throttled address try a user name again. */
    LOGIN_THROTTLE_LIFTED,
    LOGOUT,
    /** Sessions of a user ended at once: "sign out everywhere", or a password reset or a disabling by an admin. */
    SIGNED_OUT_EVERYWHERE,
    USER_CREATED,
    USER_UPDATED,
    USER_ENABLED,
    USER_DISABLED,
    PASSWORD_RESET,
    PASSWORD_CHANGED,
    API_TOKEN_CREATED,
    API_TOKEN_REVOKED,
    VIEWED,
    /** Data taken out of the application as a file: the audit trail's own CSV, later a person's data. */
    EXPORTED,
    CHANGED,
    /** Data brought in from another system (the ticket history). */
    IMPORTED,
    /** A retention dry run counted what a run would do (docs/privacy.md). */
    RETENTION_DRY_RUN,
    /** A retention run anonymised and removed what its rules reached (docs/privacy.md). */
    RETENTION_RUN,
    /** A contact person's personal data was erased at their request (docs/privacy.md, "Erasure"). */
    PERSONAL_DATA_ERASED
}

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
    /** The roles that must sign in with a second factor changed (docs/security.md, "Two-factor sign-in"). */
    SECOND_FACTOR_POLICY_CHANGED,
    SECOND_FACTOR_ENROLLED,
    /** A sign-in's second step passed with the app's code (a recovery code is SECOND_FACTOR_RECOVERY_CODE_USED). */
    SECOND_FACTOR_VERIFIED,
    SECOND_FACTOR_FAILED,
    SECOND_FACTOR_RECOVERY_CODE_USED,
    SECOND_FACTOR_RECOVERY_CODES_RENEWED,
    /** A user gave up their own second factor (allowed only when no role requires one). */
    SECOND_FACTOR_REMOVED,
    /** An administrator removed a user's second factor, for a lost phone. */
    SECOND_FACTOR_RESET,
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

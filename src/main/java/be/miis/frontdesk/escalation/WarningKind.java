package be.miis.frontdesk.escalation;

/** The two warnings of the guarantee (docs/domain.md): at 75 % of the working time used, and after the deadline. */
public enum WarningKind {
    AT_RISK,
    BREACHED
}

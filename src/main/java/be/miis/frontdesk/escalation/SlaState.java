package be.miis.frontdesk.escalation;

/** Where a ticket stands against its guarantee (docs/domain.md: at risk from 75 % of the working time used). */
public enum SlaState {
    ON_TIME,
    AT_RISK,
    BREACHED,
    /** Answered before its deadline. */
    MET,
    /** Answered after its deadline. */
    MISSED
}

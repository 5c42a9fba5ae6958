package be.miis.frontdesk.quality;

/** Why a complaint is not handled as one (docs/complaints.md, "Admissibility"); the letter explains each. */
public enum InadmissibilityReason {
    /** The complainant cannot be identified, so nobody can be answered. */
    ANONYMOUS,
    /** The facts are older than the service can still investigate. */
    FACTS_TOO_OLD,
    /** It contests a decision: an appeal, which has its own procedure, rather than a complaint. */
    APPEAL,
    /** It concerns another service or authority. */
    NOT_COMPETENT
}

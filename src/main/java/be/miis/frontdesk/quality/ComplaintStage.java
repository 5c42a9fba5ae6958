package be.miis.frontdesk.quality;

/**
 * Where a complaint is in the procedure (docs/complaints.md, "Lifecycle"): received, acknowledged, under
 * investigation once admissible, and closed either as inadmissible (with its reason) or with the reasoned answer.
 */
public enum ComplaintStage {
    RECEIVED,
    ACKNOWLEDGED,
    INVESTIGATING,
    INADMISSIBLE,
    ANSWERED;

    /** Whether the procedure is over: a letter closed it. */
    public boolean closed() {
        return this == INADMISSIBLE || this == ANSWERED;
    }
}

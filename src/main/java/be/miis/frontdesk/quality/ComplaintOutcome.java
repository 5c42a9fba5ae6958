package be.miis.frontdesk.quality;

/** The conclusion of the investigation that the reasoned answer gives. */
public enum ComplaintOutcome {
    FOUNDED,
    PARTLY_FOUNDED,
    UNFOUNDED;

    /** A founded complaint, wholly or partly, names its root cause and the action taken or lesson learned. */
    public boolean founded() {
        return this != UNFOUNDED;
    }
}

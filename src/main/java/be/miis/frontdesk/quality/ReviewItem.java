package be.miis.frontdesk.quality;

/**
 * The rubric an answer is scored on, each item from 1 (poor) to 4 (very good) with a comment (docs/reviews.md). The
 * same list is the checklist of a mystery call.
 */
public enum ReviewItem {
    CORRECT,
    COMPLETE,
    CLEAR,
    FRIENDLY,
    /** Consistent with the FAQ version the answer cited; not applicable when it cited none. */
    FAQ_CONSISTENT,
    ON_TIME;

    /** The lowest score; a score at or under {@link #LOW} counts as "scored low" in the figures. */
    public static final int MIN = 1;

    public static final int MAX = 4;
    public static final int LOW = 2;

    /** The message key of the item's name. */
    public String messageKey() {
        return "quality.item." + name();
    }

    /** Whether the item may be left unscored ("not applicable"). */
    public boolean optional() {
        return this == FAQ_CONSISTENT;
    }
}

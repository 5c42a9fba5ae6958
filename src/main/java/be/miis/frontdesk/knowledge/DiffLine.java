package be.miis.frontdesk.knowledge;

/** A line of a version diff: kept, removed (only in the old version) or added (only in the current one). */
public record DiffLine(Kind kind, String text) {

    public enum Kind {
        SAME,
        REMOVED,
        ADDED
    }
}

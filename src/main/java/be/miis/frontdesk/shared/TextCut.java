package be.miis.frontdesk.shared;

/**
 * Text made to fit a column or a line: cut at a length, or shortened with an ellipsis. One place for it, so that a
 * cut never splits a character outside the Basic Multilingual Plane (an emoji in a mail subject) into half a
 * surrogate pair, which would reach the database as a replacement character.
 */
public final class TextCut {

    private TextCut() {}

    /** The text itself when it has at most {@code max} characters, else its first {@code max} (or one fewer). */
    public static String atMost(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
        return text.substring(0, end);
    }

    /** The text itself when it fits, else its start and "…", {@code max} characters at most in all. */
    public static String shortened(String text, int max) {
        return text.length() <= max ? text : atMost(text, max - 1).strip() + "…";
    }
}

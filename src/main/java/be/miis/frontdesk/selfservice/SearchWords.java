package be.miis.frontdesk.selfservice;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The words of a search as the figures keep them: trimmed, lower case, every run of spaces (any Unicode space or
 * control character) one space, at most {@link #MAX} characters. So "Leefloon  student" and " leefloon student"
 * count as the same search that found nothing.
 */
final class SearchWords {

    static final int MAX = 100;

    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}\\p{Cc}]+", Pattern.UNICODE_CHARACTER_CLASS);

    private SearchWords() {}

    static String normalise(String words) {
        String text = SPACES.matcher(words).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
        if (text.length() <= MAX) {
            return text;
        }
        // Never half a surrogate pair: the column holds text, not code units.
        int end = Character.isHighSurrogate(text.charAt(MAX - 1)) ? MAX - 1 : MAX;
        return text.substring(0, end).strip();
    }
}

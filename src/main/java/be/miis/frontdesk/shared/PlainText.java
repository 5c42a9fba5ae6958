package be.miis.frontdesk.shared;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The one rule for what text may come in, applied at every edge (request parameters and form fields, JSON bodies,
 * CSV cells): no control characters other than tab, line feed and carriage return, and no half of a surrogate
 * pair. PostgreSQL refuses NUL in text, a lone surrogate cannot be written as UTF-8 (the driver stored a '?' in
 * its place), and the other controls are invisible junk from a copy and paste or an attack. Such text is refused
 * with the field named, never stripped in silence; see docs/bad-input.md.
 */
public final class PlainText {

    /** The message key that explains the refusal, for every edge alike. */
    public static final String REFUSED_KEY = "input.controlCharacter";

    private PlainText() {}

    /** True when the text holds a character this rule refuses. */
    public static boolean isRefused(@Nullable CharSequence text) {
        if (text == null) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return true;
            }
            if (Character.isLowSurrogate(c) || isRefusedControl(c)) {
                return true;
            }
        }
        return false;
    }

    /** The first field (in name order, so that a report is stable) whose value this rule refuses. */
    public static Optional<String> firstRefused(Map<String, String> values) {
        return new TreeMap<>(values)
                .entrySet().stream()
                        .filter(entry -> isRefused(entry.getValue()))
                        .map(Map.Entry::getKey)
                        .findFirst();
    }

    /** The text with each character this rule refuses replaced by U+FFFD, for echoing a refused value safely. */
    public static String printable(String text) {
        StringBuilder shown = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                shown.append(c).append(text.charAt(++i));
            } else {
                shown.append(Character.isSurrogate(c) || isRefusedControl(c) ? '\uFFFD' : c);
            }
        }
        return shown.toString();
    }

    private static boolean isRefusedControl(char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F);
    }
}

package be.miis.frontdesk.shared;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The one normalisation for "as you type" lookups: lower case, accents removed, every run of other characters a
 * single space, phone numbers as national digits. Stored search columns and the words typed go through the same
 * code, so "Liège", "LIEGE" and "liege" meet, and a trigram index answers {@code like '%word%'}.
 */
public final class SearchText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern PHONE_LIKE = Pattern.compile("^[+0-9][0-9 ./()-]{5,}$");

    private SearchText() {}

    /** Lower case without accents; anything but letters and digits becomes a single space. */
    public static String normalise(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return "";
        }
        String decomposed = Normalizer.normalize(value, Normalizer.Form.NFD);
        String plain = MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
        return SEPARATORS.matcher(plain).replaceAll(" ").trim();
    }

    /**
     * A Belgian phone number as the digits of its national form ("+32 9 266 99 11" and "09/266.99.11" both give
     * "092669911"), so a caller's number matches however it was typed; empty for blank input.
     */
    public static String phoneDigits(@Nullable String value) {
        if (value == null) {
            return "";
        }
        String digits = value.replaceAll("\\D", "");
        if (digits.startsWith("0032")) {
            return "0" + digits.substring(4);
        }
        if (value.strip().startsWith("+32")) {
            return "0" + digits.substring(2);
        }
        if (digits.startsWith("32") && digits.length() >= 10) {
            return "0" + digits.substring(2);
        }
        return digits;
    }

    /**
     * The words of a query to match, each as a {@code like} pattern {@code %word%}. A query that looks like a
     * phone number becomes one pattern of its national digits; one-letter words are dropped unless alone, since
     * they match nearly everything.
     */
    public static List<String> likePatterns(@Nullable String query) {
        if (query == null || query.isBlank()) {
            return List.of();
        }
        String trimmed = query.trim();
        if (PHONE_LIKE.matcher(trimmed).matches()) {
            return List.of("%" + phoneDigits(trimmed) + "%");
        }
        String normalised = normalise(trimmed);
        if (normalised.isEmpty()) {
            return List.of();
        }
        List<String> words = Arrays.asList(normalised.split(" "));
        List<String> useful = words.stream().filter(word -> word.length() > 1).toList();
        return (useful.isEmpty() ? words.subList(0, 1) : useful)
                .stream().map(word -> "%" + word + "%").toList();
    }

    /** Joins the normalised parts, leaving out empty ones. */
    public static String join(@Nullable String... parts) {
        StringBuilder text = new StringBuilder();
        for (String part : parts) {
            String normalised = normalise(part);
            if (!normalised.isEmpty()) {
                if (!text.isEmpty()) {
                    text.append(' ');
                }
                text.append(normalised);
            }
        }
        return text.toString();
    }
}

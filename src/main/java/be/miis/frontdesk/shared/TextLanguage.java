package be.miis.frontdesk.shared;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which of our four content languages a text is written in, told from its most common small words. A ticket's
 * language says how the customer is answered, not what the agent typed: a Dutch answer on a German ticket must
 * become a Dutch FAQ text (docs/agent-day.md, "Propose as FAQ"), and a mail without a known sender is answered in
 * the language it was written in (docs/mail.md). Small and without a dependency: the four languages
 * differ clearly in their function words, and words shared by two of them ("de", "die", "is", "in", "en", "of")
 * ("ja", "er", "als") are left out, so each word found counts for one language only.
 */
public final class TextLanguage {

    /** Fewer function words than this and the text is too short to tell. */
    private static final int MINIMUM_HITS = 2;

    private static final Pattern NOT_A_LETTER = Pattern.compile("[^\\p{L}]+");

    private static final Map<ContentLanguage, Set<String>> FUNCTION_WORDS = new EnumMap<>(Map.of(
            ContentLanguage.NL,
            Set.of(
                    "het", "een", "van", "dat", "niet", "op", "voor", "met", "zijn", "aan", "ook", "bij", "door",
                    "wordt", "worden", "kan", "naar", "om", "ze", "uw", "deze", "dit", "geen", "nog", "wel", "heeft",
                    "hebben", "moet", "mag", "zal", "tot", "uit", "maar", "dan", "wat", "hoe", "welke", "nee", "u",
                    "wij", "hij", "zij", "hun"),
            ContentLanguage.FR,
            Set.of(
                    "le", "la", "les", "un", "une", "des", "et", "est", "que", "qui", "dans", "pour", "pas", "sur",
                    "au", "aux", "du", "ce", "cette", "il", "elle", "sont", "avec", "par", "ne", "se", "son", "sa",
                    "ses", "vous", "votre", "peut", "doit", "être", "mais", "ou", "plus", "comme", "leur", "si", "oui",
                    "non", "nous", "ils", "selon", "lorsque"),
            ContentLanguage.DE,
            Set.of(
                    "der", "das", "und", "ist", "nicht", "ein", "eine", "einen", "einem", "dem", "den", "mit", "von",
                    "zu", "auf", "für", "sich", "auch", "es", "im", "bei", "wird", "werden", "kann", "nach", "sie",
                    "oder", "aber", "noch", "muss", "darf", "sind", "hat", "haben", "dass", "wenn", "über", "zum",
                    "zur", "nein", "ihr", "ihre", "wir", "kein", "keine"),
            ContentLanguage.EN,
            Set.of(
                    "the", "and", "to", "that", "it", "for", "with", "are", "be", "this", "by", "not", "or", "can",
                    "from", "at", "which", "has", "have", "must", "may", "if", "their", "does", "what", "how", "should",
                    "yes", "no", "you", "your", "we", "they", "there", "would", "could")));

    private TextLanguage() {}

    /**
     * The language with the most function words in the text, if it has at least two and more than any other
     * language; empty when the text is too short or too mixed to tell.
     */
    public static Optional<ContentLanguage> of(String text) {
        Map<ContentLanguage, Integer> hits = new EnumMap<>(ContentLanguage.class);
        for (String word : NOT_A_LETTER.split(text.toLowerCase(Locale.ROOT))) {
            FUNCTION_WORDS.forEach((language, words) -> {
                if (words.contains(word)) {
                    hits.merge(language, 1, Integer::sum);
                }
            });
        }
        ContentLanguage best = null;
        int most = 0;
        int second = 0;
        for (Map.Entry<ContentLanguage, Integer> entry : hits.entrySet()) {
            if (entry.getValue() > most) {
                second = most;
                most = entry.getValue();
                best = entry.getKey();
            } else if (entry.getValue() > second) {
                second = entry.getValue();
            }
        }
        return most >= MINIMUM_HITS && most > second ? Optional.ofNullable(best) : Optional.empty();
    }
}

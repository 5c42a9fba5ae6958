package be.miis.frontdesk.selfservice;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The readable part of an article's address, derived from its question in that language: lower case, accents
 * dropped, anything else than letters and digits a hyphen, at most {@value #MAX} characters cut at a word. The
 * article's id stands before it in the address, so two articles with the same question never share an address,
 * and a slug that changed with the question still leads to the article (with a redirect).
 */
public final class Slugs {

    static final int MAX = 80;

    private Slugs() {}

    public static String of(String title) {
        // Lower case first, so that Œ and Æ become the ligatures replaced below.
        String plain = Normalizer.normalize(title.toLowerCase(Locale.ROOT), Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "")
                .replace("ß", "ss")
                .replace("æ", "ae")
                .replace("œ", "oe");
        String slug = plain.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > MAX) {
            int cut = slug.lastIndexOf('-', MAX);
            slug = slug.substring(0, cut > 0 ? cut : MAX);
        }
        return slug.isEmpty() ? "article" : slug;
    }
}

package be.miis.frontdesk.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What intake reads in a subject: the ticket references it names, and the subject without the reply and forward
 * prefixes mail programs add in nl, fr, de and en ("Re: TR: Antw: …"), so that neither a forward nor a long
 * exchange fools threading or ends up in a new ticket's subject (issue #16, item 3).
 */
final class SubjectLine {

    /** Our references, anywhere in the subject: "[CMI-2026-000123]", "cmi-2026-000123", "Re: CMI-2026-000123 …". */
    private static final Pattern REFERENCE = Pattern.compile("(?i)(?<![\\p{Alnum}-])CMI-(\\d{4})-(\\d{6})(?!\\d)");

    /*
     * One prefix: Re, Fw, Fwd (en), Antw, Doorst (nl, Outlook), TR, RE, Réf (fr), AW, WG (de), with an optional count
     * ("Re[2]:", "Re(2):", "Re^2:"), a colon, which French typography spaces ("TR :"), and list tags "[...]" that
     * carry no reference are kept: they may be the customer's own words.
     */
    private static final Pattern PREFIX = Pattern.compile(
            "(?iu)^\\s*(?:re|fw|fwd|antw|antwoord|doorst|tr|réf|ref|aw|wg|wtr)\\s*(?:\\[\\d+]|\\(\\d+\\)|\\^\\d+)?\\s*:\\s*");

    private SubjectLine() {}

    /** The subject without any leading reply and forward prefixes, its spaces collapsed. */
    static String withoutPrefixes(String subject) {
        String rest = subject.replaceAll("\\s+", " ").strip();
        Matcher prefix = PREFIX.matcher(rest);
        while (prefix.find()) {
            rest = rest.substring(prefix.end());
            prefix = PREFIX.matcher(rest);
        }
        return rest.strip();
    }

    /** The ticket references in the subject, in upper case, in their order. */
    static List<String> references(String subject) {
        List<String> found = new ArrayList<>();
        Matcher matcher = REFERENCE.matcher(subject);
        while (matcher.find()) {
            String reference = matcher.group().toUpperCase(Locale.ROOT);
            if (!found.contains(reference)) {
                found.add(reference);
            }
        }
        return found;
    }
}

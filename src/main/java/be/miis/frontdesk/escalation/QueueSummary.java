package be.miis.frontdesk.escalation;

import java.util.Locale;
import java.util.SortedSet;
import org.jspecify.annotations.Nullable;

public record QueueSummary(
        Long id,
        String code,
        String nameNl,
        String nameFr,
        String nameDe,
        String nameEn,
        @Nullable String domainCode,
        int slaWorkingDays,
        boolean active,
        @Nullable String leadUsername,
        SortedSet<String> members,
        int version) {

    /** The queue's name in the reader's language, as a domain's (Dutch for any other language). */
    public String name(Locale locale) {
        return switch (locale.getLanguage()) {
            case "fr" -> nameFr;
            case "de" -> nameDe;
            case "en" -> nameEn;
            default -> nameNl;
        };
    }

    /** Whether the user works this queue or leads it. */
    public boolean involves(String username) {
        return members.contains(username) || username.equals(leadUsername);
    }
}

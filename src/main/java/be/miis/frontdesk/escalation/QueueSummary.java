package be.miis.frontdesk.escalation;

import java.util.Locale;
import java.util.SortedSet;
import org.jspecify.annotations.Nullable;

public record QueueSummary(
        Long id,
        String code,
        String nameNl,
        String nameFr,
        @Nullable String domainCode,
        int slaWorkingDays,
        boolean active,
        @Nullable String leadUsername,
        SortedSet<String> members,
        int version) {

    /** Queues are named in the two working languages of the backoffice; English and German read the Dutch. */
    public String name(Locale locale) {
        return "fr".equals(locale.getLanguage()) ? nameFr : nameNl;
    }

    /** Whether the user works this queue or leads it. */
    public boolean involves(String username) {
        return members.contains(username) || username.equals(leadUsername);
    }
}

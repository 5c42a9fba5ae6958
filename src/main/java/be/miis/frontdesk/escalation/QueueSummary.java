package be.miis.frontdesk.escalation;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

public record QueueSummary(
        Long id,
        String code,
        String nameNl,
        String nameFr,
        @Nullable String domainCode,
        int slaWorkingDays,
        boolean active) {

    /** Queues are named in the two working languages of the backoffice; English and German read the Dutch. */
    public String name(Locale locale) {
        return "fr".equals(locale.getLanguage()) ? nameFr : nameNl;
    }
}

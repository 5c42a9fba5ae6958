package be.miis.frontdesk.escalation;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/** An admin's change of a queue. */
public record QueueChange(
        String nameNl,
        String nameFr,
        String nameDe,
        String nameEn,
        int slaWorkingDays,
        boolean active,
        @Nullable String leadUsername,
        Set<String> members) {

    public QueueChange {
        members = Set.copyOf(members);
    }
}

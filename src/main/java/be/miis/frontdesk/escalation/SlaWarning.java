package be.miis.frontdesk.escalation;

import be.miis.frontdesk.shared.Language;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One warning for one person, as the {@link SlaNotifier} receives it: everything a mail needs (address, language,
 * ticket reference, deadline), so that the notifying module needs neither the identity module nor this one's
 * tables.
 */
public record SlaWarning(
        String recipient,
        String displayName,
        @Nullable String email,
        Language language,
        String ticketReference,
        WarningKind kind,
        Instant deadline) {}

package be.miis.frontdesk.selfservice;

import be.miis.frontdesk.shared.ContentLanguage;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A call-back as the portal's form asks for it, checked already (phone still as typed). */
public record CallbackInput(
        String phone,
        String name,
        String organisation,
        @Nullable String email,
        ContentLanguage language,
        Instant slotStart,
        Instant slotEnd,
        String question,
        @Nullable Long articleId) {}

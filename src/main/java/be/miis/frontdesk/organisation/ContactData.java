package be.miis.frontdesk.organisation;

import be.miis.frontdesk.shared.ContentLanguage;
import org.jspecify.annotations.Nullable;

/** A contact person as it comes from an import line or a form (already validated). */
public record ContactData(
        String firstName,
        String lastName,
        @Nullable String jobFunction,
        @Nullable String phone,
        @Nullable String mobile,
        @Nullable String email,
        ContentLanguage preferredLanguage,
        boolean active) {}

package be.miis.frontdesk.ticket.web;

import org.jspecify.annotations.Nullable;

/**
 * The caller chosen in a form, posted as one value: "contact:12" (a known person, with their organisation),
 * "organisation:5" (someone of that organisation who is not a known contact) or empty (not identified).
 */
record CallerRef(@Nullable Long organisationId, @Nullable Long contactId) {

    static final CallerRef UNKNOWN = new CallerRef(null, null);

    /** Parses the posted value; anything malformed counts as "not identified" and is reported by the caller. */
    static @Nullable CallerRef parse(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return UNKNOWN;
        }
        String[] parts = value.split(":", 2);
        if (parts.length != 2 || !parts[1].matches("\\d{1,18}")) {
            return null;
        }
        long id = Long.parseLong(parts[1]);
        return switch (parts[0]) {
            case "contact" -> new CallerRef(null, id);
            case "organisation" -> new CallerRef(id, null);
            default -> null;
        };
    }

    static String of(@Nullable Long organisationId, @Nullable Long contactId) {
        if (contactId != null) {
            return "contact:" + contactId;
        }
        return organisationId == null ? "" : "organisation:" + organisationId;
    }
}

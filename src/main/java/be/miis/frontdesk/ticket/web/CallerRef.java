package be.miis.frontdesk.ticket.web;

import org.jspecify.annotations.Nullable;

/**
 * The caller chosen in a form, posted as one value: "contact:12" (a known person, with their organisation),
 * "organisation:5" (someone of that organisation who is not a known contact) or empty (not identified).
 */
record CallerRef(@Nullable Long organisationId, @Nullable Long contactId) {

    static final CallerRef UNKNOWN = new CallerRef(null, null);

    /** The values {@link #parse} accepts, for the forms' validation: blank, or a kind and an id. */
    static final String FORM_VALUE = "\\p{javaWhitespace}*|(contact|organisation):\\d{1,18}";

    /** Parses the posted value: null when malformed (the forms refuse such a value, see {@link #FORM_VALUE}). */
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

    /** The caller of a form whose validation passed; a malformed value counts as "not identified". */
    static CallerRef ofValid(@Nullable String value) {
        CallerRef caller = parse(value);
        return caller == null ? UNKNOWN : caller;
    }

    static String of(@Nullable Long organisationId, @Nullable Long contactId) {
        if (contactId != null) {
            return "contact:" + contactId;
        }
        return organisationId == null ? "" : "organisation:" + organisationId;
    }
}

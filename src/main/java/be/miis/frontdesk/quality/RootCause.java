package be.miis.frontdesk.quality;

import java.util.Locale;

/** A category of why founded complaints happen, as the admins keep the list (retired ones stay for history). */
public record RootCause(long id, String nameNl, String nameFr, String nameEn, boolean active) {

    /** The name in the reader's language (Dutch for any other). */
    public String name(Locale locale) {
        return switch (locale.getLanguage()) {
            case "fr" -> nameFr;
            case "en" -> nameEn;
            default -> nameNl;
        };
    }
}

package be.miis.frontdesk.shared;

import java.util.Locale;

/** A domain of the contact centre as every module sees it. */
public record DomainView(
        String code, String nameNl, String nameFr, String nameDe, String nameEn, int sortOrder, boolean active) {

    public String name(Locale locale) {
        return switch (locale.getLanguage()) {
            case "fr" -> nameFr;
            case "de" -> nameDe;
            case "en" -> nameEn;
            default -> nameNl;
        };
    }
}

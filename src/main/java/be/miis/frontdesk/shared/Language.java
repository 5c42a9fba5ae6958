package be.miis.frontdesk.shared;

import java.util.Locale;
import java.util.Optional;

/** The languages of the user interface. German content exists (ÖSHZ); a German interface does not yet. */
public enum Language {
    NL,
    FR,
    EN;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public Locale locale() {
        return Locale.forLanguageTag(code());
    }

    public static Optional<Language> fromCode(String code) {
        for (Language language : values()) {
            if (language.code().equalsIgnoreCase(code)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }
}

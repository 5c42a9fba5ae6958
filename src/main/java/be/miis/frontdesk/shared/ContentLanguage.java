package be.miis.frontdesk.shared;

import java.util.Locale;
import java.util.Optional;

/**
 * The languages of content: tickets, contacts and FAQ articles. German is here (the ÖSHZ of the German-speaking
 * community write in German) even though the user interface is not translated into it.
 */
public enum ContentLanguage {
    NL,
    FR,
    DE,
    EN;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ContentLanguage> fromCode(String code) {
        for (ContentLanguage language : values()) {
            if (language.code().equalsIgnoreCase(code.trim())) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }
}

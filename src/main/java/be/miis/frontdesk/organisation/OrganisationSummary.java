package be.miis.frontdesk.organisation;

import be.miis.frontdesk.shared.ContentLanguage;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** An organisation as a row in lists and lookups. */
public record OrganisationSummary(
        long id,
        String nisCode,
        String nameNl,
        String nameFr,
        @Nullable String nameDe,
        List<String> postcodes,
        Region region,
        List<ContentLanguage> languages,
        boolean active) {

    public OrganisationSummary {
        postcodes = List.copyOf(postcodes);
        languages = List.copyOf(languages);
    }

    static OrganisationSummary of(Organisation organisation) {
        OrganisationData data = organisation.toData();
        return new OrganisationSummary(
                organisation.id(),
                data.nisCode(),
                data.nameNl(),
                data.nameFr(),
                data.nameDe(),
                data.postcodes(),
                data.region(),
                data.languages(),
                data.active());
    }

    /** The name in the reader's language: French for French readers, German where a German name exists. */
    public String name(Locale locale) {
        return switch (locale.getLanguage()) {
            case "fr" -> nameFr;
            case "de" -> nameDe != null ? nameDe : nameNl;
            default -> nameNl;
        };
    }

    /** The language a caller of this organisation most likely speaks: its first official language. */
    public ContentLanguage mainLanguage() {
        return languages.isEmpty() ? ContentLanguage.NL : languages.get(0);
    }
}

package be.miis.frontdesk.organisation;

import be.miis.frontdesk.shared.ContentLanguage;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Everything known of an organisation, as it comes from an import line or an edit form (already validated). */
record OrganisationData(
        String nisCode,
        String nameNl,
        String nameFr,
        @Nullable String nameDe,
        List<String> postcodes,
        Region region,
        @Nullable String province,
        List<ContentLanguage> languages,
        @Nullable String street,
        @Nullable String phone,
        @Nullable String email,
        List<String> emailDomains,
        boolean active) {

    public OrganisationData {
        postcodes = List.copyOf(postcodes);
        languages = List.copyOf(languages);
        emailDomains = List.copyOf(emailDomains);
    }
}

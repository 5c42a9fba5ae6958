package be.miis.frontdesk.organisation;

import be.miis.frontdesk.shared.ContentLanguage;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Organisations and contacts as the directory holds them. */
final class OrganisationMother {

    private OrganisationMother() {}

    static OrganisationData brussels() {
        return new OrganisationData(
                "21004",
                "OCMW Brussel",
                "CPAS de Bruxelles",
                null,
                List.of("1000", "1020"),
                Region.BRUSSELS,
                null,
                List.of(ContentLanguage.FR, ContentLanguage.NL),
                "Hoogstraat 298A",
                "+32 2 543 60 00",
                "info@cpasbxl.brussels",
                List.of("cpasbxl.brussels"),
                true);
    }

    static OrganisationData liege() {
        return new OrganisationData(
                "62063",
                "OCMW Luik",
                "CPAS de Liège",
                "ÖSHZ Lüttich",
                List.of("4000"),
                Region.WALLONIA,
                "Liège",
                List.of(ContentLanguage.FR),
                null,
                "04 220 59 11",
                null,
                List.of("cpasdeliege.be"),
                true);
    }

    static OrganisationData closed(String nisCode, String name) {
        return new OrganisationData(
                nisCode,
                name,
                name,
                null,
                List.of("9999"),
                Region.FLANDERS,
                null,
                List.of(ContentLanguage.NL),
                null,
                null,
                null,
                List.of(),
                false);
    }

    static ContactData person(
            String first, String last, @Nullable String phone, String email, ContentLanguage language) {
        return new ContactData(first, last, "maatschappelijk werker", phone, null, email, language, true);
    }
}

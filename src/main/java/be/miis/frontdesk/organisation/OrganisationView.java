package be.miis.frontdesk.organisation;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** One organisation with everything the CRM page shows of it, its contacts included. */
public record OrganisationView(
        OrganisationSummary summary,
        @Nullable String province,
        @Nullable String street,
        @Nullable String phone,
        @Nullable String email,
        List<String> emailDomains,
        int version,
        List<ContactView> contacts) {

    public OrganisationView {
        emailDomains = List.copyOf(emailDomains);
        contacts = List.copyOf(contacts);
    }

    public long id() {
        return summary.id();
    }

    static OrganisationView of(Organisation organisation, List<ContactView> contacts) {
        return new OrganisationView(
                OrganisationSummary.of(organisation),
                organisation.province(),
                organisation.street(),
                organisation.phone(),
                organisation.email(),
                organisation.emailDomains(),
                organisation.version(),
                contacts);
    }
}

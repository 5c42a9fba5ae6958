package be.miis.frontdesk.organisation;

import be.miis.frontdesk.shared.ContentLanguage;
import be.miis.frontdesk.shared.DemoDataPolicy;
import be.miis.frontdesk.shared.SearchText;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A few dozen real OCMWs/CPAS (NIS codes of Statbel, bilingual names, main postcode) for the demo, each with two
 * invented contact persons, loaded only into an empty table. The full list of municipalities comes in through the
 * CSV import.
 */
@Component
@Order(10)
class DemoOrganisations implements ApplicationRunner {

    private static final String[][] DUTCH_NAMES = {
        {"An", "Peeters", "maatschappelijk werker"}, {"Tom", "Janssens", "diensthoofd sociale dienst"},
        {"Sofie", "Maes", "maatschappelijk werker"}, {"Pieter", "Claes", "financieel directeur"},
        {"Lien", "Wouters", "maatschappelijk werker"}, {"Bart", "Goossens", "algemeen directeur"}
    };
    private static final String[][] FRENCH_NAMES = {
        {"Marie", "Dubois", "assistante sociale"}, {"Luc", "Lambert", "chef du service social"},
        {"Julie", "Dupont", "assistante sociale"}, {"Marc", "Martin", "directeur financier"},
        {"Céline", "Lejeune", "assistante sociale"}, {"François", "Renard", "directeur général"}
    };
    private static final String[][] GERMAN_NAMES = {
        {"Anna", "Schmitz", "Sozialarbeiterin"}, {"Jürgen", "Müller", "Leiter des Sozialdienstes"}
    };

    private final DemoDataPolicy policy;
    private final OrganisationRepository organisations;
    private final ContactRepository contacts;
    private final Clock clock;

    DemoOrganisations(
            DemoDataPolicy policy, OrganisationRepository organisations, ContactRepository contacts, Clock clock) {
        this.policy = policy;
        this.organisations = organisations;
        this.contacts = contacts;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!policy.isEnabled() || organisations.count() > 0) {
            return;
        }
        Instant now = clock.instant();
        List<Organisation> saved = organisations.saveAll(read().stream()
                .map(fields -> new Organisation(toData(fields), now))
                .toList());
        List<Contact> people = new ArrayList<>();
        for (int i = 0; i < saved.size(); i++) {
            people.add(contact(saved.get(i), i, 0, now));
            people.add(contact(saved.get(i), i, 1, now));
        }
        contacts.saveAll(people);
    }

    private static OrganisationData toData(String[] f) {
        String phone =
                "0" + (f[0].startsWith("2") ? "2" : "9") + " " + f[0].substring(2) + " 10 " + f[0].substring(0, 2);
        return new OrganisationData(
                f[0],
                f[1],
                f[2],
                f[3].isBlank() ? null : f[3],
                List.of(f[4].split("\\|")),
                Region.valueOf(f[5]),
                f[6].isBlank() ? null : f[6],
                Arrays.stream(f[7].split("\\|"))
                        .map(code -> ContentLanguage.fromCode(code).orElseThrow())
                        .toList(),
                null,
                phone,
                null,
                List.of(domain(f)),
                true);
    }

    /** E-mail domains as the centres have them: ocmw-gent.be, cpas-liege.be. */
    private static String domain(String[] f) {
        boolean dutch = f[7].startsWith("nl");
        String name = dutch ? f[1] : f[2];
        String place = SearchText.normalise(name.replaceFirst("^(OCMW|CPAS|ÖSHZ) (de |d'|du |des )?", ""))
                .replace(' ', '-');
        return (dutch ? "ocmw-" : f[7].startsWith("de") ? "oshz-" : "cpas-") + place + ".be";
    }

    private static Contact contact(Organisation organisation, int index, int which, Instant now) {
        ContentLanguage language = organisation
                .toData()
                .languages()
                .get(which % organisation.languages().size());
        String[][] names =
                switch (language) {
                    case FR -> FRENCH_NAMES;
                    case DE -> GERMAN_NAMES;
                    default -> DUTCH_NAMES;
                };
        String[] name = names[(index * 2 + which) % names.length];
        // The invented people get addresses under the reserved top-level domain .example (RFC 2606), never at the
        // real OCMW's domain: demo tickets answered by mail put mails in the outbox, and an application pointed at a
        // real SMTP server with demo data must not write to real municipalities.
        String domain = organisation.emailDomains().get(0) + ".example";
        String email = SearchText.normalise(name[0]).replace(' ', '-') + "."
                + SearchText.normalise(name[1]).replace(' ', '-') + "@" + domain;
        String phone = organisation.phone() == null
                ? null
                : organisation.phone().substring(0, organisation.phone().length() - 2) + (20 + which);
        String mobile = String.format("0470 %02d %02d %02d", index % 100, which * 11, (index * 7) % 100);
        return new Contact(
                organisation, new ContactData(name[0], name[1], name[2], phone, mobile, email, language, true), now);
    }

    private static List<String[]> read() {
        var resource = new ClassPathResource("demo/organisations.csv");
        try (var reader =
                new BufferedReader(new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8))) {
            return reader.lines()
                    .skip(1)
                    .filter(line -> !line.isBlank())
                    .map(line -> Arrays.copyOf(line.split(";", -1), 8))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

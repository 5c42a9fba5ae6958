package be.miis.frontdesk.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.miis.frontdesk.identity.AuditLog;
import be.miis.frontdesk.shared.ContentLanguage;
import be.miis.frontdesk.test.FrontdeskDataJpaTest;
import be.miis.frontdesk.test.TestClock;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/** The directory's "as you type" lookups on real PostgreSQL, through the trigram-indexed search text. */
@FrontdeskDataJpaTest
@Import({OrganisationService.class, DirectorySearch.class, AuditLog.class, OrganisationServiceTests.Config.class})
class OrganisationServiceTests {

    @TestConfiguration(proxyBeanMethods = false)
    static class Config {

        @Bean
        TestClock clock() {
            return new TestClock(Instant.parse("2026-11-23T09:00:00Z"));
        }
    }

    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");

    @Autowired
    OrganisationService service;

    @Autowired
    OrganisationRepository organisations;

    @Autowired
    ContactRepository contacts;

    Organisation brussels;
    Organisation liege;
    Contact celine;

    @BeforeEach
    void directory() {
        brussels = organisations.save(new Organisation(OrganisationMother.brussels(), NOW));
        liege = organisations.save(new Organisation(OrganisationMother.liege(), NOW));
        organisations.save(new Organisation(OrganisationMother.closed("99001", "OCMW Brusselgem"), NOW));
        celine = contacts.save(new Contact(
                liege,
                OrganisationMother.person(
                        "Céline", "Lejeune", "04/220.59.20", "celine.lejeune@cpasdeliege.be", ContentLanguage.FR),
                NOW));
        contacts.save(new Contact(
                brussels,
                OrganisationMother.person(
                        "An", "Peeters", "02 543 60 21", "an.peeters@cpasbxl.brussels", ContentLanguage.NL),
                NOW));
        organisations.flush();
    }

    @Test
    void findsAnOrganisationByPartOfItsNameInAnyLanguageWithoutCaseOrAccents() {
        assertThat(names(service.search("bruss", 10))).contains("OCMW Brussel");
        assertThat(names(service.search("BRUXELLES", 10))).containsExactly("OCMW Brussel");
        assertThat(names(service.search("liege", 10))).containsExactly("OCMW Luik");
        assertThat(names(service.search("Lüttich", 10))).containsExactly("OCMW Luik");
    }

    @Test
    void findsAContactByMailAddressWhateverItsCase() {
        assertThat(service.findContactByEmail(" Celine.Lejeune@CPASdeLiege.be "))
                .hasValueSatisfying(contact -> assertThat(contact.id()).isEqualTo(celine.id()));
        assertThat(service.findContactByEmail("someone.else@cpasdeliege.be")).isEmpty();
    }

    @Test
    void findsTheOneActiveOrganisationOfAMailDomain() {
        assertThat(service.findByEmailDomain("CPASdeLiege.be"))
                .hasValueSatisfying(found -> assertThat(found.id()).isEqualTo(liege.id()));
        assertThat(service.findByEmailDomain("example.be")).isEmpty();
    }

    @Test
    void aMailDomainOfTwoOrganisationsOrOfAClosedOneNamesNone() {
        organisations.save(new Organisation(
                withDomain(OrganisationMother.closed("99002", "OCMW Gedeeld"), "gedeeld.be", true), NOW));
        organisations.save(
                new Organisation(withDomain(OrganisationMother.closed("99003", "OCMW Ook"), "gedeeld.be", true), NOW));
        organisations.save(
                new Organisation(withDomain(OrganisationMother.closed("99004", "OCMW Dicht"), "dicht.be", false), NOW));
        organisations.flush();

        assertThat(service.findByEmailDomain("gedeeld.be")).isEmpty();
        assertThat(service.findByEmailDomain("dicht.be")).isEmpty();
    }

    private static OrganisationData withDomain(OrganisationData data, String domain, boolean active) {
        return new OrganisationData(
                data.nisCode(),
                data.nameNl(),
                data.nameFr(),
                data.nameDe(),
                data.postcodes(),
                data.region(),
                data.province(),
                data.languages(),
                data.street(),
                data.phone(),
                data.email(),
                List.of(domain),
                active);
    }

    @Test
    void findsAnOrganisationByNisCodePostcodePhoneOrMailDomain() {
        assertThat(names(service.search("62063", 10))).containsExactly("OCMW Luik");
        assertThat(names(service.search("1020", 10))).containsExactly("OCMW Brussel");
        assertThat(names(service.search("+32 4 220 59 11", 10))).containsExactly("OCMW Luik");
        assertThat(names(service.search("cpasbxl", 10))).containsExactly("OCMW Brussel");
    }

    @Test
    void findsAnOrganisationByTheNameOrPhoneOfOneOfItsContacts() {
        assertThat(names(service.search("lejeune", 10))).containsExactly("OCMW Luik");
        assertThat(names(service.search("02 543 60 21", 10))).containsExactly("OCMW Brussel");
    }

    @Test
    void everyWordMustMatch() {
        assertThat(names(service.search("cpas liege", 10))).containsExactly("OCMW Luik");
        assertThat(service.search("cpas gent", 10)).isEmpty();
    }

    @Test
    void theDirectorySearchShowsInactiveOrganisationsButTheCallerLookupDoesNot() {
        assertThat(names(service.search("brusselgem", 10))).containsExactly("OCMW Brusselgem");
        assertThat(service.lookupCallers("brusselgem", 10)).isEmpty();
    }

    @Test
    void findsCallersByNamePhoneInAnyFormatOrEmailWithTheirOrganisation() {
        List<CallerMatch> byName = service.lookupCallers("celine", 10);
        assertThat(byName).hasSize(1);
        assertThat(byName.get(0).contact().fullName()).isEqualTo("Céline Lejeune");
        assertThat(byName.get(0).organisation().nameFr()).isEqualTo("CPAS de Liège");
        assertThat(byName.get(0).language()).isEqualTo(ContentLanguage.FR);

        assertThat(contactNames(service.lookupCallers("+32 4 220 59 20", 10))).containsExactly("Céline Lejeune");
        assertThat(contactNames(service.lookupCallers("0422059", 10))).containsExactly("Céline Lejeune");
        assertThat(contactNames(service.lookupCallers("an.peeters@", 10))).containsExactly("An Peeters");
    }

    @Test
    void aContactIsFoundByTheNameOfTheirOrganisationTooAndComesBeforeIt() {
        List<CallerMatch> matches = service.lookupCallers("peeters bruxelles", 10);
        assertThat(contactNames(matches)).containsExactly("An Peeters");

        List<CallerMatch> all = service.lookupCallers("bruxelles", 10);
        assertThat(all.get(0).contact()).isNotNull();
        assertThat(all).last().satisfies(match -> {
            assertThat(match.contact()).isNull();
            assertThat(match.organisation().nisCode()).isEqualTo("21004");
            assertThat(match.language()).isEqualTo(ContentLanguage.FR);
        });
    }

    @Test
    void theOrganisationPageHasItsContactsSortedByName() {
        contacts.save(new Contact(
                liege,
                OrganisationMother.person(
                        "Marc", "Dubois", "04 220 59 30", "marc.dubois@cpasdeliege.be", ContentLanguage.FR),
                NOW));

        OrganisationView view = service.get(liege.id());

        assertThat(view.summary().name(java.util.Locale.FRENCH)).isEqualTo("CPAS de Liège");
        assertThat(view.summary().name(java.util.Locale.GERMAN)).isEqualTo("ÖSHZ Lüttich");
        assertThat(view.contacts()).extracting(ContactView::lastName).containsExactly("Dubois", "Lejeune");
        assertThatThrownBy(() -> service.get(-1)).isInstanceOf(OrganisationNotFoundException.class);
    }

    @Test
    void summariesAndContactsOfManyRowsComeInOneCall() {
        assertThat(service.summaries(List.of(brussels.id(), liege.id())).keySet())
                .containsExactlyInAnyOrder(brussels.id(), liege.id());
        assertThat(service.contacts(List.of(celine.id())).get(celine.id()).email())
                .isEqualTo("celine.lejeune@cpasdeliege.be");
        assertThat(service.summaries(List.of())).isEmpty();
    }

    @Test
    void anAgentAddsAndCorrectsAContactPersonWhoIsThenFoundAsACaller() {
        ContactView added = service.addContact(
                brussels.id(),
                OrganisationMother.person(
                        "Karim", "El Amrani", "02 543 61 11", "karim.elamrani@cpasbxl.brussels", ContentLanguage.FR));

        assertThat(contactNames(service.lookupCallers("el amrani", 5))).containsExactly("Karim El Amrani");

        ContactView corrected = service.updateContact(
                added.id(),
                added.version(),
                new ContactData(
                        "Karim",
                        "El Amrani",
                        "chef de service",
                        "02 543 61 12",
                        null,
                        "karim.elamrani@cpasbxl.brussels",
                        ContentLanguage.FR,
                        true));
        assertThat(corrected.jobFunction()).isEqualTo("chef de service");
        assertThat(contactNames(service.lookupCallers("025436112", 5))).containsExactly("Karim El Amrani");

        assertThatThrownBy(() -> service.updateContact(
                        added.id(),
                        added.version(),
                        new ContactData("K", "E", null, null, null, null, ContentLanguage.FR, true)))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
    }

    @Test
    void anEmailAddressBelongsToOneContactOnlyWhateverItsCase() {
        assertThatThrownBy(() -> service.addContact(
                        liege.id(),
                        OrganisationMother.person(
                                "Other", "Person", null, "CELINE.LEJEUNE@cpasdeliege.be", ContentLanguage.FR)))
                .isInstanceOf(ContactEmailTakenException.class);
        assertThat(service.get(liege.id()).contacts()).hasSize(1);
    }

    private static List<String> names(List<OrganisationSummary> summaries) {
        return summaries.stream().map(OrganisationSummary::nameNl).toList();
    }

    private static List<String> contactNames(List<CallerMatch> matches) {
        return matches.stream()
                .filter(match -> match.contact() != null)
                .map(match -> match.contact().fullName())
                .toList();
    }
}

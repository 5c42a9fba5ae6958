package be.miis.frontdesk.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import be.miis.frontdesk.shared.ContentLanguage;
import be.miis.frontdesk.shared.CsvReader;
import be.miis.frontdesk.shared.ImportProblem;
import be.miis.frontdesk.shared.PlainText;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The checks of organisation and contact lines, without a database. */
class OrganisationImportParserTests {

    /** A bilingual organisation whose main language is French. */
    private static final OrganisationSummary ETTERBEEK = new OrganisationSummary(
            12,
            "21005",
            "Etterbeek",
            "Etterbeek",
            null,
            List.of("1040"),
            Region.BRUSSELS,
            List.of(ContentLanguage.FR, ContentLanguage.NL),
            true);

    private final OrganisationImportParser parser = new OrganisationImportParser();

    @Test
    void readsAnOrganisationWithBothNamesInOneColumnAndLanguagesFromItsRegion() {
        OrganisationData data = organisation(
                        "nis_code;name;region;postcodes;email_domains;active",
                        "21004;Brussel / Bruxelles;Bruxelles;1000|1020;CPAS.brussels;nee")
                .data();

        assertThat(data).isNotNull();
        assertThat(data.nameNl()).isEqualTo("Brussel");
        assertThat(data.nameFr()).isEqualTo("Bruxelles");
        assertThat(data.region()).isEqualTo(Region.BRUSSELS);
        assertThat(data.languages()).containsExactly(ContentLanguage.FR, ContentLanguage.NL);
        assertThat(data.postcodes()).containsExactly("1000", "1020");
        assertThat(data.emailDomains()).containsExactly("cpas.brussels");
        assertThat(data.active()).isFalse();
    }

    @Test
    void refusesEveryWrongFieldOfALineNamingTheColumnAsTheHeaderWroteIt() {
        OrganisationImportParser.Result<OrganisationData> result =
                organisation("NIS code;Name NL;Region;Postcodes;E-mail;Active", "9200;;Mars;10000;geen-mail;misschien");

        assertThat(result.data()).isNull();
        assertThat(result.problems())
                .extracting(ImportProblem::line, ImportProblem::field, ImportProblem::messageKey)
                .containsExactly(
                        tuple(2, "NIS code", "organisation.import.nisCode"),
                        tuple(2, "Name NL", "organisation.import.nameRequired"),
                        tuple(2, "Region", "organisation.import.region"),
                        tuple(2, "Postcodes", "organisation.import.postcode"),
                        tuple(2, "E-mail", "organisation.import.email"),
                        tuple(2, "Active", "organisation.import.active"));
    }

    @Test
    void refusesANisCodeRepeatedInTheFileButNotItsFirstLine() {
        List<CsvReader.Row> rows = rows(
                OrganisationImportParser.ORGANISATION_COLUMNS, "nis_code;name;region\n91001;Een;VLG\n91001;Twee;VLG\n");

        assertThat(parser.organisation(rows.get(0)).data()).isNotNull();
        assertThat(parser.organisation(rows.get(1)).problems())
                .extracting(ImportProblem::line, ImportProblem::messageKey, ImportProblem::value)
                .containsExactly(tuple(3, "organisation.import.duplicateInFile", "91001"));
    }

    @Test
    void refusesAControlCharacterInACellAndStillChecksTheRest() {
        assertThat(organisation("nis_code;name;region", "21004;Brus\u0007sel;Mars")
                        .problems())
                .extracting(ImportProblem::field, ImportProblem::messageKey)
                .containsExactly(tuple("name", PlainText.REFUSED_KEY), tuple("region", "organisation.import.region"));
    }

    @Test
    void aContactTakesItsOrganisationsLanguageAndNeedsAKnownOrganisation() {
        CsvReader.Row row = rows(
                        OrganisationImportParser.CONTACT_COLUMNS,
                        "nis_code;first_name;last_name;email\n21005;Anne;Dupont;anne@cpas.be\n")
                .get(0);

        ContactData data = parser.contact(row, ETTERBEEK).data();
        assertThat(data).isNotNull();
        assertThat(data.preferredLanguage()).isEqualTo(ContentLanguage.FR);
        assertThat(new OrganisationImportParser().contact(row, null).problems())
                .extracting(ImportProblem::field, ImportProblem::messageKey)
                .containsExactly(tuple("nis_code", "organisation.import.unknownOrganisation"));
    }

    @Test
    void refusesAContactRepeatedInTheFileByEmailOrElseByName() {
        List<CsvReader.Row> rows = rows(OrganisationImportParser.CONTACT_COLUMNS, """
                nis_code,first_name,last_name,email
                21005,Anne,Dupont,Anne@cpas.be
                21005,Annie,Dupont,anne@CPAS.be
                21005,Jan,Peeters,
                21005,Jan,Peeters,
                """);

        assertThat(rows)
                .map(row -> parser.contact(row, ETTERBEEK).problems())
                .containsExactly(
                        List.of(),
                        List.of(new ImportProblem(3, "email", "organisation.import.duplicateInFile", "anne@CPAS.be")),
                        List.of(),
                        List.of(new ImportProblem(5, "last_name", "organisation.import.duplicateInFile", "Peeters")));
    }

    private OrganisationImportParser.Result<OrganisationData> organisation(String header, String line) {
        return parser.organisation(rows(OrganisationImportParser.ORGANISATION_COLUMNS, header + "\n" + line + "\n")
                .get(0));
    }

    private static List<CsvReader.Row> rows(CsvReader.Columns columns, String csv) {
        return CsvReader.readAll(csv.getBytes(StandardCharsets.UTF_8), columns);
    }
}

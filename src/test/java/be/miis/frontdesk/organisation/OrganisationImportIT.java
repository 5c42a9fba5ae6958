package be.miis.frontdesk.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import be.miis.frontdesk.shared.ContentLanguage;
import be.miis.frontdesk.shared.ImportProblem;
import be.miis.frontdesk.test.FrontdeskIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * CSV imports against the real database, committed as the application commits them. The NIS codes 91xxx-97xxx are
 * not real municipalities (and 98xxx belongs to the browser test), so these rows never meet the demo data or each
 * other's tests.
 */
@FrontdeskIntegrationTest
class OrganisationImportIT {

    @Autowired
    OrganisationService organisations;

    @Autowired
    JdbcClient jdbc;

    @Test
    void importsBilingualNamesWithAccentsAndUpsertsByNisCode() {
        String csv = """
                nis_code;name;name_de;postcodes;region;province;languages;phone;email_domains
                91001;Brussel-Test / Bruxelles-Test;;1000|1020;Brussel;;fr|nl;02 543 60 00;cpas-test.brussels
                91002;Luik-Test / Liège-Test;Lüttich-Test;4000;Wallonie;Liège;fr;04 220 59 11;cpasdeliege-test.be
                91003;Gent-Test;;9000;Vlaanderen;Oost-Vlaanderen;;;
                """;

        ImportReport first = organisations.importNow(ImportKind.ORGANISATIONS, "t.csv", utf8(csv), false, "admin");

        assertThat(first.status()).isEqualTo(ImportStatus.DONE);
        assertThat(first.problems()).isEmpty();
        assertThat(first.created()).isEqualTo(3);
        OrganisationSummary liege = organisations.search("liège-test", 5).get(0);
        assertThat(liege.nameNl()).isEqualTo("Luik-Test");
        assertThat(liege.nameFr()).isEqualTo("Liège-Test");
        assertThat(liege.nameDe()).isEqualTo("Lüttich-Test");
        assertThat(liege.region()).isEqualTo(Region.WALLONIA);
        OrganisationSummary gent = organisations.search("91003", 5).get(0);
        assertThat(gent.nameFr()).as("one name serves both").isEqualTo("Gent-Test");
        assertThat(gent.languages()).as("from the region").containsExactly(ContentLanguage.NL);

        ImportReport again = organisations.importNow(
                ImportKind.ORGANISATIONS,
                "t.csv",
                utf8(csv.replace("Gent-Test;", "Gent-Test / Gand-Test;")),
                false,
                "admin");
        assertThat(again.created()).isZero();
        assertThat(again.updated()).isEqualTo(1);
        assertThat(again.unchanged()).isEqualTo(2);
        assertThat(organisations.search("gand-test", 5))
                .extracting(OrganisationSummary::nisCode)
                .containsExactly("91003");
    }

    @Test
    void reportsEveryBrokenLineWithItsNumberAndImportsNoPartOfIt() {
        String csv = """
                nis_code,name_nl,name_fr,postcodes,region,languages,email
                9200,Kort,Court,1000,Brussel,fr,x@y.be
                92002,,,1070,Brussel,fr,
                92003,Oudergem-Test,Auderghem-Test,11600,Mars,fr|xx,geen-mail
                92004,Berchem-Test,"Berchem-Sainte-Agathe, Test",1082,BRUSSELS,fr|nl,info@cpas-berchem.brussels
                92004,Dubbel,Double,1082,BRUSSELS,fr,
                """;

        ImportReport report = organisations.importNow(ImportKind.ORGANISATIONS, "b.csv", utf8(csv), false, "admin");

        assertThat(report.created()).isEqualTo(1);
        assertThat(report.refusedLines()).isEqualTo(4);
        assertThat(report.problems())
                .extracting(ImportProblem::line, ImportProblem::field, ImportProblem::messageKey)
                .containsExactly(
                        tuple(2, "nis_code", "organisation.import.nisCode"),
                        tuple(3, "name_nl", "organisation.import.nameRequired"),
                        tuple(4, "region", "organisation.import.region"),
                        tuple(4, "postcodes", "organisation.import.postcode"),
                        tuple(4, "languages", "organisation.import.language"),
                        tuple(4, "email", "organisation.import.email"),
                        tuple(6, "nis_code", "organisation.import.duplicateInFile"));
        assertThat(organisations.search("92004", 5)).singleElement().satisfies(o -> assertThat(o.nameFr())
                .isEqualTo("Berchem-Sainte-Agathe, Test"));
        assertThat(organisations.search("oudergem-test", 5)).isEmpty();
        assertThat(organisations.search("92002", 5)).isEmpty();
    }

    @Test
    void aDryRunCountsButWritesNothingAndCanThenBeImportedForReal() throws InterruptedException {
        String csv = "nis_code;name;region\n93001;Dryrun-Test;Vlaanderen\n";

        ImportReport dryRun = organisations.importNow(ImportKind.ORGANISATIONS, "d.csv", utf8(csv), true, "admin");

        assertThat(dryRun.created()).isEqualTo(1);
        assertThat(organisations.search("dryrun-test", 5)).isEmpty();

        ImportReport real = await(organisations.repeatForReal(dryRun.id(), "admin"));
        assertThat(real.dryRun()).isFalse();
        assertThat(real.created()).isEqualTo(1);
        assertThat(organisations.search("dryrun-test", 5)).hasSize(1);
    }

    @Test
    void contactsAreUpsertedByEmailAndNeedAKnownOrganisation() {
        organisations.importNow(
                ImportKind.ORGANISATIONS,
                "o.csv",
                utf8("nis_code;name;region\n94001;Contacttest / Contacttest-FR;Brussel\n"),
                false,
                "admin");
        String contactsCsv = """
                nis_code;first_name;last_name;function;phone;email;language
                94001;Élodie;Dupré;assistante sociale;+32 2 555 12 34;elodie.dupre@contacttest.be;fr
                94001;Jan;Zonder Mail;maatschappelijk werker;;;
                99999;Piet;Nergens;;;piet@nergens.be;nl
                94001;;Zonder Voornaam;;;;nl
                """;

        ImportReport first = organisations.importNow(ImportKind.CONTACTS, "c.csv", utf8(contactsCsv), false, "admin");

        assertThat(first.created()).isEqualTo(2);
        assertThat(first.problems())
                .extracting(ImportProblem::line, ImportProblem::messageKey)
                .containsExactly(
                        tuple(4, "organisation.import.unknownOrganisation"),
                        tuple(5, "organisation.import.firstNameRequired"));
        List<CallerMatch> byPhone = organisations.lookupCallers("02 555 12 34", 5);
        assertThat(byPhone).extracting(match -> match.contact().fullName()).containsExactly("Élodie Dupré");
        assertThat(byPhone.get(0).contact().preferredLanguage()).isEqualTo(ContentLanguage.FR);

        ImportReport second = organisations.importNow(
                ImportKind.CONTACTS,
                "c.csv",
                utf8(contactsCsv
                        .replace("assistante sociale;", "cheffe de service;")
                        .replace("ELODIE", "elodie")),
                false,
                "admin");
        assertThat(second.created()).isZero();
        assertThat(second.updated()).isEqualTo(1);
        assertThat(second.unchanged())
                .as("same name, no e-mail: the same person")
                .isEqualTo(1);
        assertThat(organisations.lookupCallers("dupre", 5).get(0).contact().jobFunction())
                .isEqualTo("cheffe de service");
    }

    @Test
    void aFileThatIsNotUtf8OrLacksARequiredColumnIsRefusedAsAWhole() {
        byte[] latin1 = "nis_code;name;region\n95001;Liège-Latin;Wallonie\n".getBytes(StandardCharsets.ISO_8859_1);

        ImportReport encoding = organisations.importNow(ImportKind.ORGANISATIONS, "l.csv", latin1, false, "admin");
        ImportReport columns = organisations.importNow(
                ImportKind.ORGANISATIONS, "c.csv", utf8("nis_code;name\n95002;Geen gewest\n"), false, "admin");

        assertThat(encoding.status()).isEqualTo(ImportStatus.FAILED);
        assertThat(encoding.problems())
                .extracting(ImportProblem::messageKey)
                .containsExactly("organisation.import.file.encoding");
        assertThat(columns.status()).isEqualTo(ImportStatus.FAILED);
        assertThat(columns.problems())
                .extracting(ImportProblem::messageKey, ImportProblem::value)
                .containsExactly(tuple("organisation.import.file.missingColumn", "region"));
        assertThat(organisations.search("95001", 5)).isEmpty();
    }

    @Test
    void aWrongHeaderNamesEveryMissingAndEveryUnknownColumnAsTheFileWroteThem() {
        ImportReport report = organisations.importNow(
                ImportKind.CONTACTS,
                "h.csv",
                utf8("NIS kode;Voornaam;last_name;Functie\n95101;Jan;Peeters;OCMW-secretaris\n"),
                false,
                "admin");

        assertThat(report.status()).isEqualTo(ImportStatus.FAILED);
        assertThat(report.problems())
                .extracting(ImportProblem::line, ImportProblem::field, ImportProblem::messageKey, ImportProblem::value)
                .containsExactlyInAnyOrder(
                        tuple(1, "nis_code", "organisation.import.file.missingColumn", "nis_code"),
                        tuple(1, "first_name", "organisation.import.file.missingColumn", "first_name"),
                        tuple(1, "NIS kode", "organisation.import.file.unknownColumn", "NIS kode"),
                        tuple(1, "Voornaam", "organisation.import.file.unknownColumn", "Voornaam"),
                        tuple(1, "Functie", "organisation.import.file.unknownColumn", "Functie"));
    }

    @Test
    void aRefusedLineNamesTheColumnAsTheHeaderWroteIt() {
        ImportReport report = organisations.importNow(
                ImportKind.ORGANISATIONS,
                "w.csv",
                utf8("NIS Code;Name;Region\n9510;Te kort;Vlaanderen\n"),
                true,
                "admin");

        assertThat(report.problems())
                .extracting(ImportProblem::field, ImportProblem::messageKey)
                .containsExactly(tuple("NIS Code", "organisation.import.nisCode"));
    }

    @Test
    void aDryRunListsEveryChangedFieldOfExistingRecordsOldAndNewAndWritesNothing() {
        organisations.importNow(
                ImportKind.ORGANISATIONS,
                "o.csv",
                utf8("nis_code;name_nl;name_fr;region;phone;postcodes\n"
                        + "95201;Wijzig-Test;Change-Test;Vlaanderen;09 266 99 00;9000\n"
                        + "95202;Blijf-Test;Reste-Test;Vlaanderen;;9000\n"),
                false,
                "admin");
        organisations.importNow(
                ImportKind.CONTACTS,
                "c.csv",
                utf8("nis_code;first_name;last_name;email;function\n"
                        + "95201;An;Wouters;an.wouters@wijzig-test.be;maatschappelijk werker\n"),
                false,
                "admin");

        ImportReport organisationsDryRun = organisations.importNow(
                ImportKind.ORGANISATIONS,
                "o2.csv",
                utf8("NIS code;Name NL;name_fr;region;phone;postcodes\n"
                        + "95201;Wijzig-Test;Changé-Test;Vlaanderen;09 266 99 11;9000|9030\n"
                        + "95202;Blijf-Test;Reste-Test;Vlaanderen;;9000\n"
                        + "95203;Nieuw-Test;Nouveau-Test;Vlaanderen;;9000\n"),
                true,
                "admin");
        ImportReport contactsDryRun = organisations.importNow(
                ImportKind.CONTACTS,
                "c2.csv",
                utf8("nis_code;first_name;last_name;email;function\n"
                        + "95202;An;Wouters;an.wouters@wijzig-test.be;\n"),
                true,
                "admin");

        assertThat(organisationsDryRun.created()).isEqualTo(1);
        assertThat(organisationsDryRun.updated()).isEqualTo(1);
        assertThat(organisationsDryRun.unchanged()).isEqualTo(1);
        assertThat(organisationsDryRun.changes())
                .extracting(
                        ImportChange::line,
                        ImportChange::record,
                        ImportChange::field,
                        ImportChange::oldValue,
                        ImportChange::newValue)
                .containsExactly(
                        tuple(2, "95201", "name_fr", "Change-Test", "Changé-Test"),
                        tuple(2, "95201", "postcodes", "9000", "9000|9030"),
                        tuple(2, "95201", "phone", "09 266 99 00", "09 266 99 11"));
        assertThat(contactsDryRun.changes())
                .extracting(ImportChange::record, ImportChange::field, ImportChange::oldValue, ImportChange::newValue)
                .containsExactly(
                        tuple("an.wouters@wijzig-test.be", "nis_code", "95201", "95202"),
                        tuple("an.wouters@wijzig-test.be", "function", "maatschappelijk werker", null));
        assertThat(organisations.findImport(organisationsDryRun.id()).changes())
                .as("kept with the report")
                .hasSize(3);
        assertThat(organisations.search("95201", 5)).singleElement().satisfies(o -> assertThat(o.nameFr())
                .isEqualTo("Change-Test"));
        assertThat(organisations.search("95203", 5)).isEmpty();
    }

    @Test
    void aLargeFileRunsInTheBackgroundInBatchesWithProgress() throws InterruptedException {
        StringBuilder csv = new StringBuilder("nis_code;name_nl;name_fr;region\n");
        int lines = OrganisationImporter.BATCH * 2 + 37;
        for (int i = 0; i < lines; i++) {
            csv.append(String.format(Locale.ROOT, "%05d;Batchtest %d;Batchtest FR %d;Vlaanderen%n", 96_000 + i, i, i));
        }

        long id =
                organisations.startImport(ImportKind.ORGANISATIONS, "large.csv", utf8(csv.toString()), false, "admin");
        ImportReport report = await(id);

        assertThat(report.status()).isEqualTo(ImportStatus.DONE);
        assertThat(report.totalLines()).isEqualTo(lines);
        assertThat(report.processedLines()).isEqualTo(lines);
        assertThat(report.percent()).isEqualTo(100);
        assertThat(report.created()).isEqualTo(lines);
        assertThat(organisations.recentImports()).extracting(ImportReport::id).contains(id);
    }

    @Test
    void anImportWithoutProgressForAQuarterOfAnHourShowsAsInterrupted() {
        long stalled = jdbc.sql("""
                        insert into organisation_import (kind, dry_run, file_name, content, status, processed_lines,
                                                         total_lines, created_by, started_at, progressed_at)
                        values ('CONTACTS', false, 'stalled.csv', '', 'RUNNING', 500, 2000, 'admin',
                                now() - interval '1 hour', now() - interval '16 minutes')
                        returning id""").query(Long.class).single();
        long moving = jdbc.sql("""
                        insert into organisation_import (kind, dry_run, file_name, content, status, created_by,
                                                         started_at, progressed_at)
                        values ('CONTACTS', false, 'moving.csv', '', 'RUNNING', 'admin', now() - interval '1 hour',
                                now() - interval '14 minutes')
                        returning id""").query(Long.class).single();

        assertThat(organisations.findImport(stalled).status()).isEqualTo(ImportStatus.INTERRUPTED);
        assertThat(organisations.findImport(stalled).running())
                .as("the page stops polling")
                .isFalse();
        assertThat(organisations.findImport(moving).status()).isEqualTo(ImportStatus.RUNNING);
    }

    private ImportReport await(long id) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        ImportReport report = organisations.findImport(id);
        while (report.running() && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
            report = organisations.findImport(id);
        }
        return report;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}

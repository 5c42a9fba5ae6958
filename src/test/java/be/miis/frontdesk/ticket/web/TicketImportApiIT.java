package be.miis.frontdesk.ticket.web;

import static org.assertj.core.api.Assertions.assertThat;

import be.miis.frontdesk.organisation.OrganisationService;
import be.miis.frontdesk.test.FrontdeskIntegrationTest;
import be.miis.frontdesk.ticket.TicketImportStatus;
import be.miis.frontdesk.ticket.TicketImports;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The ticket history import as a migration script calls it: CSV body, HTTP Basic as an administrator, a JSON report
 * or a problem. Each test uses its own references and years of receipt (2018-2021, before any demo ticket), so the
 * tests never meet each other or the demo data.
 */
@FrontdeskIntegrationTest
class TicketImportApiIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String HEADER =
            "reference,received_at,channel,type,domain,language,organisation_nis,subject,status,answered_at,escalated\n";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    OrganisationService organisations;

    @Autowired
    TicketImports imports;

    @Test
    void aFileWithABadLineImportsNothingUnlessSkippingIsAskedFor() throws Exception {
        String csv = HEADER
                + "OLD-A-1,2021-03-05T10:15:00+01:00,PHONE,QUESTION,RMI,nl,44021,Leefloon student,CLOSED,"
                + "2021-03-05T10:20:00+01:00,false\n"
                + "OLD-A-2,2021-03-08 14:00,EMAIL,COMPLAINT,,,62063,,ESCALATED,,\n"
                + "OLD-A-3,2021-03-09T09:00:00Z,FAX,,,,,Per fax,,,\n";

        HttpResponse<String> refused = importCsv("admin", csv, "", "fr");

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = JSON.readTree(refused.body());
        assertThat(problem.get("imported").asInt()).isZero();
        assertThat(problem.get("rejected").asInt()).isEqualTo(1);
        assertThat(problem.get("problems")).hasSize(1);
        assertThat(problem.get("problems").get(0).get("line").asInt()).isEqualTo(4);
        assertThat(problem.get("problems").get(0).get("field").asString()).isEqualTo("channel");
        assertThat(problem.get("problems").get(0).get("message").asString())
                .isEqualTo("« FAX » n'est pas un canal : PHONE, EMAIL, WEB, LETTER ou OTHER.");
        assertThat(references("OLD-A-%")).as("all or nothing").isEmpty();

        HttpResponse<String> skipped = importCsv("admin", csv, "?skipInvalid=true", "nl");

        assertThat(skipped.statusCode()).isEqualTo(200);
        JsonNode report = JSON.readTree(skipped.body());
        assertThat(report.get("status").asString()).isEqualTo("DONE");
        assertThat(report.get("imported").asInt()).isEqualTo(2);
        assertThat(report.get("unchanged").asInt()).isZero();
        assertThat(report.get("rejected").asInt()).isEqualTo(1);
        assertThat(report.get("problems").get(0).get("line").asInt()).isEqualTo(4);
        assertThat(references("OLD-A-%")).containsExactly("OLD-A-1", "OLD-A-2");

        Map<String, Object> closed = ticket("OLD-A-1");
        assertThat(closed)
                .containsEntry("channel", "PHONE")
                .containsEntry("domain_code", "RMI")
                .containsEntry(
                        "organisation_id",
                        organisations.search("44021", 1).get(0).id())
                .containsEntry("subject", "Leefloon student")
                .containsEntry("status", "CLOSED")
                .containsEntry("created_by", "admin");
        assertThat(instant(closed.get("received_at"))).isEqualTo(Instant.parse("2021-03-05T09:15:00Z"));
        assertThat(instant(closed.get("answered_at"))).isEqualTo(Instant.parse("2021-03-05T09:20:00Z"));
        assertThat(instant(closed.get("closed_at"))).isEqualTo(Instant.parse("2021-03-05T09:20:00Z"));
        Map<String, Object> escalated = ticket("OLD-A-2");
        assertThat(escalated)
                .as(
                        "language of the organisation, the 'Other' domain, a subject in that language saying where it came from")
                .containsEntry("language", "fr")
                .containsEntry("domain_code", "OTHER")
                .containsEntry("subject", "(repris de l'ancien CRM, sans objet)")
                .containsEntry("type", "COMPLAINT")
                .containsEntry("escalated", true);
        assertThat(instant(escalated.get("received_at")))
                .as("local time in Brussels (winter)")
                .isEqualTo(Instant.parse("2021-03-08T13:00:00Z"));

        JsonNode shown = JSON.readTree(get("agent", "/api/v1/tickets/OLD-A-1").body());
        assertThat(shown.get("status").asString()).isEqualTo("CLOSED");
        assertThat(shown.get("entries").findValuesAsString("kind")).containsExactly("INCOMING");
    }

    @Test
    void importingTheSameReferencesAgainAddsNothing() throws Exception {
        String csv = HEADER
                + "OLD-B-1,2020-05-04T09:00:00+02:00,WEB,,,,,Eerste,,,\n"
                + "OLD-B-2,2020-05-04T10:00:00+02:00,LETTER,,,,,Tweede,,,\n";
        assertThat(JSON.readTree(importCsv("admin", csv, "", "nl").body())
                        .get("imported")
                        .asInt())
                .isEqualTo(2);

        HttpResponse<String> again =
                importCsv("admin", csv + "OLD-B-3,2020-05-05T10:00Z,OTHER,,,,,Derde,,,\n", "", "nl");

        assertThat(again.statusCode()).isEqualTo(200);
        JsonNode report = JSON.readTree(again.body());
        assertThat(report.get("imported").asInt()).isEqualTo(1);
        assertThat(report.get("unchanged").asInt()).isEqualTo(2);
        assertThat(references("OLD-B-%")).containsExactly("OLD-B-1", "OLD-B-2", "OLD-B-3");
        assertThat(jdbc.sql("select details from audit_event where actor = 'admin' and action = 'IMPORTED' "
                                + "and target_type = 'ticket-import' order by id desc limit 1")
                        .query(String.class)
                        .single())
                .as("the import on the audit trail")
                .isEqualTo("imported 1, unchanged 2, rejected 0");
        assertThat(jdbc.sql("select count(*) from ticket_entry e join ticket t on t.id = e.ticket_id "
                                + "where t.reference like 'OLD-B-%'")
                        .query(Long.class)
                        .single())
                .as("one incoming message each, not one per import")
                .isEqualTo(3);

        HttpResponse<String> duplicate = importCsv(
                "admin",
                HEADER + "OLD-B-9,2020-05-04T09:00Z,WEB,,,,,,,,\nOLD-B-9,2020-05-04T09:00Z,WEB,,,,,,,,\n",
                "",
                "en");
        assertThat(duplicate.statusCode()).isEqualTo(422);
        assertThat(JSON.readTree(duplicate.body())
                        .get("problems")
                        .get(0)
                        .get("message")
                        .asString())
                .as("in the language the script asked for (docs/bad-input.md, \"Language of the answers\")")
                .isEqualTo("Reference \"OLD-B-9\" is already on an earlier line of this file.");
    }

    @Test
    void generatesReferencesOfTheYearOfReceiptInBrusselsAfterTheHighestOneImported() throws Exception {
        String csv = HEADER
                + "CMI-2019-000500,2019-06-01T10:00Z,PHONE,,,,,Eigen referentie,,,\n"
                + ",2019-06-02T10:00Z,PHONE,,,,,Zonder referentie 1,,,\n"
                + ",2019-06-03T10:00Z,EMAIL,,,,,Zonder referentie 2,,,\n"
                // 23:30 UTC on 31 December is already New Year in Brussels.
                + ",2017-12-31T23:30:00Z,PHONE,,,,,Oudejaarsnacht,,,\n";

        HttpResponse<String> response = importCsv("admin", csv, "", "nl");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(response.body()).get("imported").asInt()).isEqualTo(4);
        List<String> generated2019 = jdbc.sql(
                        "select reference from ticket where subject like 'Zonder referentie %' order by subject")
                .query(String.class)
                .list();
        assertThat(generated2019).hasSize(2).allSatisfy(reference -> assertThat(reference)
                .matches("CMI-2019-\\d{6}")
                .isGreaterThan("CMI-2019-000500"));
        assertThat(generated2019.get(0)).isLessThan(generated2019.get(1));
        assertThat(jdbc.sql("select reference from ticket where subject = 'Oudejaarsnacht'")
                        .query(String.class)
                        .single())
                .startsWith("CMI-2018-");
    }

    @Test
    void anUnreadableFileIsABadRequestAndOnlyAdministratorsMayImport() throws Exception {
        HttpResponse<String> noChannel = importCsv("admin", "received_at,subject\n2018-01-01T10:00Z,x\n", "", "nl");
        assertThat(noChannel.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(noChannel.body()).get("detail").asString())
                .isEqualTo("De verplichte kolom \"channel\" ontbreekt in de kopregel.");

        HttpResponse<String> json = api().post("admin", "/api/v1/import/tickets", "application/json", "[]", "nl");
        assertThat(json.statusCode()).isEqualTo(415);
        assertThat(json.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));

        String csv = HEADER + "OLD-C-1,2018-02-01T10:00Z,PHONE,,,,,,,,\n";
        assertThat(importCsv("agent", csv, "", "nl").statusCode()).isEqualTo(403);
        assertThat(importCsv("manager", csv, "", "nl").statusCode()).isEqualTo(403);
        assertThat(api().post(null, "/api/v1/import/tickets", "text/csv", csv, "nl")
                        .statusCode())
                .as("no credentials")
                .isEqualTo(401);
        assertThat(references("OLD-C-%")).isEmpty();
    }

    @Test
    void anImportWithoutProgressForAQuarterOfAnHourShowsAsInterrupted() {
        long stalled = jdbc.sql("""
                        insert into ticket_import (file_name, skip_invalid, status, phase, processed_lines, total_lines,
                                                   created_by, started_at, progressed_at)
                        values ('stalled.csv', false, 'RUNNING', 'IMPORTING', 5000, 20000, 'admin',
                                now() - interval '1 hour', now() - interval '16 minutes')
                        returning id""").query(Long.class).single();
        long moving = jdbc.sql("""
                        insert into ticket_import (file_name, skip_invalid, status, created_by, started_at,
                                                   progressed_at)
                        values ('moving.csv', false, 'RUNNING', 'admin', now() - interval '1 hour',
                                now() - interval '14 minutes')
                        returning id""").query(Long.class).single();

        assertThat(imports.findImport(stalled).status()).isEqualTo(TicketImportStatus.INTERRUPTED);
        assertThat(imports.findImport(stalled).running())
                .as("the page stops polling")
                .isFalse();
        assertThat(imports.findImport(moving).status()).isEqualTo(TicketImportStatus.RUNNING);
    }

    private List<String> references(String like) {
        return jdbc.sql("select reference from ticket where reference like :like order by reference")
                .param("like", like)
                .query(String.class)
                .list();
    }

    private Map<String, Object> ticket(String reference) {
        return jdbc.sql("select * from ticket where reference = :reference")
                .param("reference", reference)
                .query()
                .singleRow();
    }

    private static Instant instant(Object timestamp) {
        return ((java.sql.Timestamp) timestamp).toInstant();
    }

    private HttpResponse<String> importCsv(String user, String csv, String query, String language) throws Exception {
        return api().post(user, "/api/v1/import/tickets" + query, "text/csv", csv, language);
    }

    private HttpResponse<String> get(String user, String path) throws Exception {
        return api().get(user, path);
    }

    private ApiRequests api() {
        return new ApiRequests(port);
    }
}

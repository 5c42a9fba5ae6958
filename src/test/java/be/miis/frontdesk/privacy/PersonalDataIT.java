package be.miis.frontdesk.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.miis.frontdesk.identity.AuditAction;
import be.miis.frontdesk.identity.AuditEntry;
import be.miis.frontdesk.identity.AuditLog;
import be.miis.frontdesk.identity.AuditQuery;
import be.miis.frontdesk.organisation.ContactNotFoundException;
import be.miis.frontdesk.test.SeparateDatabaseIntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The rights of a contact person (issue #19, docs/privacy.md): the export holds every ticket of the contact (an
 * independent query names them) with its timeline, as JSON for administrators only; erasure anonymises the contact
 * and their tickets' texts, keeps the tickets and what the statistics count, is refused while a ticket is open or
 * once done; export and erasure are on the audit trail.
 */
@SeparateDatabaseIntegrationTest
class PersonalDataIT {

    @Autowired
    PersonalDataService personalData;

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    @Test
    void theExportHoldsEveryTicketOfTheContactAndIsAudited() throws Exception {
        long contact = contactWithMostTickets();
        List<String> references = references(contact);
        assertThat(references).hasSizeGreaterThan(1);

        PersonalData data = personalData.export(contact, "test", "admin");

        assertThat(data.contact().id()).isEqualTo(contact);
        assertThat(data.organisation()).isNotBlank();
        assertThat(data.tickets()).extracting(t -> t.ticket().reference()).containsExactlyElementsOf(references);
        assertThat(data.tickets())
                .allSatisfy(t -> assertThat(t.ticket().entries()).isNotEmpty());
        assertThat(audited(AuditAction.EXPORTED, contact)).isNotEmpty();

        // The API, administrators only: the same tickets as JSON.
        HttpResponse<String> response = get("/api/v1/contacts/" + contact + "/personal-data", "admin");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode json = JsonMapper.builder().build().readTree(response.body());
        List<String> exported = new ArrayList<>();
        json.get("tickets")
                .forEach(t -> exported.add(t.get("ticket").get("reference").asString()));
        assertThat(exported).containsExactlyElementsOf(references);
        assertThat(json.get("contact").get("lastName").asString()).isNotBlank();
        assertThat(get("/api/v1/contacts/" + contact + "/personal-data", "agent")
                        .statusCode())
                .isEqualTo(403);
        assertThat(get("/api/v1/contacts/999999999/personal-data", "admin").statusCode())
                .isEqualTo(404);
        assertThat(get("/api/v1/contacts/abc/personal-data", "admin").statusCode())
                .isEqualTo(400);
    }

    @Test
    void erasureAnonymisesTheContactAndTheirTicketsKeepsTheTicketsAndIsRefusedWhenNotAllowed() {
        long open = jdbc.sql("""
                        select contact_id from ticket where contact_id is not null
                          and status not in ('ANSWERED', 'CLOSED')
                        order by contact_id limit 1
                        """).query(Long.class).single();
        String openName = lastName(open);
        assertThatThrownBy(() -> personalData.erase(open, "admin"))
                .isInstanceOf(ErasureRefusedException.class)
                .extracting(e -> ((ErasureRefusedException) e).messageKey())
                .isEqualTo("privacy.erase.refused.open");
        assertThat(lastName(open)).as("nothing half-erased").isEqualTo(openName);

        long contact = jdbc.sql("""
                        select contact_id from ticket where contact_id is not null group by contact_id
                        having bool_and(status in ('ANSWERED', 'CLOSED')) order by count(*) desc, contact_id limit 1
                        """).query(Long.class).single();
        List<String> references = references(contact);
        String statisticsBefore = facts(references);
        assertThat(personalData.plan(contact).refusal()).isNull();

        int anonymised = personalData.erase(contact, "admin");

        assertThat(anonymised).isEqualTo(references.size());
        assertThat(references(contact))
                .as("the tickets are kept, linked to the erased contact")
                .isEqualTo(references);
        assertThat(facts(references)).as("what the statistics count").isEqualTo(statisticsBefore);
        assertThat(jdbc.sql("""
                        select concat_ws('|', first_name, last_name, job_function, phone, mobile, email, active,
                                         search_text)
                        from contact where id = :id
                        """).param("id", contact).query(String.class).single())
                .isEqualTo("—|—|f|");
        assertThat(jdbc.sql("""
                        select count(*) from ticket t join ticket_entry e on e.ticket_id = t.id
                        where t.contact_id = :id and (t.subject <> '—' or t.description <> '—'
                                                      or (e.body is not null and e.body <> '—'))
                        """).param("id", contact).query(Long.class).single())
                .isZero();
        PersonalData after = personalData.export(contact, "test", "admin");
        assertThat(after.erasedAt()).isNotNull();
        assertThat(after.tickets()).hasSize(references.size());
        assertThat(audited(AuditAction.PERSONAL_DATA_ERASED, contact))
                .singleElement()
                .satisfies(entry -> assertThat(entry.actor()).isEqualTo("admin"));

        assertThatThrownBy(() -> personalData.erase(contact, "admin"))
                .isInstanceOf(ErasureRefusedException.class)
                .extracting(e -> ((ErasureRefusedException) e).messageKey())
                .isEqualTo("privacy.erase.refused.erased");
        assertThatThrownBy(() -> personalData.erase(999_999_999L, "admin"))
                .isInstanceOf(ContactNotFoundException.class);
    }

    private long contactWithMostTickets() {
        return jdbc.sql("""
                        select contact_id from ticket where contact_id is not null
                        group by contact_id order by count(*) desc, contact_id limit 1
                        """).query(Long.class).single();
    }

    private List<String> references(long contact) {
        return jdbc.sql("select reference from ticket where contact_id = :id order by received_at desc, id desc")
                .param("id", contact)
                .query(String.class)
                .list();
    }

    private String lastName(long contact) {
        return jdbc.sql("select last_name from contact where id = :id")
                .param("id", contact)
                .query(String.class)
                .single();
    }

    private String facts(List<String> references) {
        return String.join(
                "\n",
                jdbc.sql("select f::text from ticket_fact f where reference = any(:refs) order by reference")
                        .param("refs", references.toArray(String[]::new))
                        .query(String.class)
                        .list());
    }

    private List<AuditEntry> audited(AuditAction action, long contact) {
        return audit.find(new AuditQuery(null, action, "contact", Long.toString(contact), null, null), null, 50)
                .items();
    }

    private HttpResponse<String> get(String path, String user) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                .header(
                                        "Authorization",
                                        "Basic "
                                                + Base64.getEncoder()
                                                        .encodeToString(
                                                                (user + ":demo").getBytes(StandardCharsets.UTF_8)))
                                .header("Accept", "application/json")
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }
}

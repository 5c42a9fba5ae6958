package be.miis.frontdesk.ticket.web;

import static org.assertj.core.api.Assertions.assertThat;

import be.miis.frontdesk.test.FrontdeskIntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The attachments of a customer's mail through the ticket API, over HTTP as an integration reads them: listed in
 * {@code entries[].attachments} with their {@code href}, downloaded as a file with safe headers, audited, and for the
 * roles that read tickets only (docs/mail.md, "Attachments"). What the mail module keeps is written here as it would
 * have written it, so that the ticket module's side is tested alone.
 */
@FrontdeskIntegrationTest
class TicketAttachmentApiIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theTicketListsItsMailsAttachmentsAndAKeptOneDownloadsAsAFileForAgentsAndExperts() throws Exception {
        HttpResponse<String> created =
                new ApiRequests(port).post("agent", "/api/v1/tickets", "application/json", """
                        {"channel":"EMAIL","domainCode":"HEATING_FUND","language":"FR",
                         "description":"Voici le formulaire rempli."}
                        """, "fr");
        String reference = JSON.readTree(created.body()).get("reference").asString();
        long ticketId = JSON.readTree(created.body()).get("id").asLong();
        UUID question = jdbc.sql("select uid from ticket_entry where ticket_id = :id and kind = 'INCOMING'")
                .param("id", ticketId)
                .query(UUID.class)
                .single();
        long mail = jdbc.sql("""
                        insert into mail_entry (entry_uid, ticket_id, message_key, html, created_at)
                        values (:entry, :ticket, :key, '<p>Voici</p>', now()) returning id
                        """)
                .param("entry", question)
                .param("ticket", ticketId)
                .param("key", "api-" + question + "@cpas.test")
                .query(Long.class)
                .single();
        long kept = attachment(mail, ticketId, 0, "formulaire rempli é.pdf", "application/pdf", PDF, null);
        // A type no longer on the allow-list (a setting changed since) is sent as bytes, never as itself.
        long page = attachment(mail, ticketId, 1, "page.html", "text/html", "<script>".getBytes(), null);
        long refused = attachment(mail, ticketId, 2, "setup.exe", "application/x-msdownload", null, "TYPE");

        JsonNode entry = JSON.readTree(
                        get("agent", "/api/v1/tickets/" + reference).body())
                .get("entries")
                .get(0);
        assertThat(entry.get("formattedMail").asLong()).isEqualTo(mail);
        JsonNode listed = entry.get("attachments");
        assertThat(listed).hasSize(3);
        assertThat(listed.get(0).get("name").asString()).isEqualTo("formulaire rempli é.pdf");
        assertThat(listed.get(0).get("size").asLong()).isEqualTo(PDF.length);
        assertThat(listed.get(0).get("type").asString()).isEqualTo("application/pdf");
        assertThat(listed.get(0).get("notKept").isNull()).isTrue();
        String href = listed.get(0).get("href").asString();
        assertThat(href).isEqualTo("/api/v1/tickets/" + reference + "/attachments/" + kept);
        assertThat(listed.get(2).get("notKept").asString()).isEqualTo("TYPE");
        assertThat(listed.get(2).get("href").isNull()).isTrue();

        HttpResponse<byte[]> download = getBytes("expert", href);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(PDF);
        assertThat(download.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(download.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"formulaire rempli _.pdf\"; "
                        + "filename*=UTF-8''formulaire%20rempli%20%C3%A9.pdf");
        assertThat(download.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(jdbc.sql("""
                                select count(*) from audit_event where actor = 'expert' and action = 'VIEWED'
                                and target_id = :reference and details = :details
                                """)
                        .param("reference", reference)
                        .param("details", "attachment " + kept)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        HttpResponse<byte[]> html = getBytes("agent", "/api/v1/tickets/" + reference + "/attachments/" + page);
        assertThat(html.headers().firstValue("Content-Type")).hasValue("application/octet-stream");

        HttpResponse<byte[]> notKept = getBytes("agent", "/api/v1/tickets/" + reference + "/attachments/" + refused);
        assertThat(notKept.statusCode()).isEqualTo(404);
        assertThat(notKept.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));

        // Managers see figures, not tickets; the file is refused before anything is read.
        assertThat(getBytes("manager", href).statusCode()).isEqualTo(403);
    }

    private long attachment(
            long mail, long ticket, int position, String name, String type, byte[] content, String notKept) {
        return jdbc.sql("""
                        insert into mail_attachment (mail_entry_id, ticket_id, position, file_name, content_type,
                                                     size, content, not_kept)
                        values (:mail, :ticket, :position, :name, :type, :size, :content, :notKept) returning id
                        """)
                .param("mail", mail)
                .param("ticket", ticket)
                .param("position", position)
                .param("name", name)
                .param("type", type)
                .param("size", content == null ? 4096 : content.length)
                .param("content", content)
                .param("notKept", notKept)
                .query(Long.class)
                .single();
    }

    private HttpResponse<String> get(String user, String path) throws Exception {
        return new ApiRequests(port).get(user, path);
    }

    private HttpResponse<byte[]> getBytes(String user, String path) throws Exception {
        return CLIENT.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header(
                                "Authorization",
                                "Basic "
                                        + Base64.getEncoder()
                                                .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }
}

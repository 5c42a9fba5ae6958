package be.miis.frontdesk.mail;

import static org.assertj.core.api.Assertions.assertThat;

import be.miis.frontdesk.shared.ContentLanguage;
import be.miis.frontdesk.test.FrontdeskIntegrationTest;
import be.miis.frontdesk.test.WebSession;
import be.miis.frontdesk.ticket.TicketService;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The administrators' mail pages over real HTTP against the whole application and its database (docs/mail.md,
 * "Admin views"): held mails seeded through intake itself (a bounce, a broken MIME structure, a mail refused with its
 * headers only), outgoing mails through the outbox; each action posted as the page posts it, twice, and with ids
 * that do not exist.
 */
@FrontdeskIntegrationTest
class MailAdminIT {

    private static final Pattern TICKET = Pattern.compile("CMI-\\d{4}-\\d{6}");

    @LocalServerPort
    int port;

    @Autowired
    MailIntake intake;

    @Autowired
    MailProperties properties;

    @Autowired
    MailboxStates states;

    @Autowired
    MailOutbox outbox;

    @Autowired
    TicketService tickets;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private WebSession admin;
    private long uid = 1_000_000;

    @BeforeEach
    void signIn() throws Exception {
        admin = new WebSession(port).login("admin");
    }

    @Test
    void theMailboxesPageShowsThePollingStateWhatWasTakenTodayAndWhatIsHeld() throws Exception {
        MailProperties.Mailbox inbox = properties.mailboxes().get(0);
        long takenBefore = cell(mailboxRow(), 4);
        long heldBefore = cell(mailboxRow(), 5);
        // Today is the centre's day: the reference clock's 2 December starts at 23:00 UTC on 1 December.
        record(inbox.name(), Instant.parse("2026-12-01T22:59:59Z"));
        record(inbox.name(), Instant.parse("2026-12-01T23:00:00Z"));
        intake.take(inbox, ++uid, bounce());
        states.failed(inbox.name(), "Connection refused " + run, clock.instant());

        String row = mailboxRow();

        assertThat(cell(row, 4))
                .as("taken today: the row at midnight and the bounce")
                .isEqualTo(takenBefore + 2);
        assertThat(cell(row, 5)).as("held").isEqualTo(heldBefore + 1);
        assertThat(row).contains("Connection refused " + run).contains("Faalt");
        assertThat(admin.get("/admin").body()).contains("href=\"/admin/mail/mailboxes\"");
    }

    @Test
    void anAdministratorReadsAHeldMailAsTextAndDownloadsItsRawBytesOnTheAuditTrail() throws Exception {
        byte[] raw = """
                From: Odd Sender <odd-%s@example.test>
                To: desk@mi-is.test
                Subject: =?UTF-8?Q?Cass=C3=A9?= %s
                Message-ID: <broken-%s@example.test>
                Content-Type: multipart/mixed; boundary=never-there

                <script>alert('held')</script><b>no boundary at all</b>
                """.formatted(run, run, run).getBytes(StandardCharsets.UTF_8);
        intake.take(properties.mailboxes().get(0), ++uid, raw);
        long id = quarantineId("broken-" + run + "@example.test");

        assertThat(admin.get("/admin/mail/quarantine").body())
                .contains("Cassé " + run)
                .contains("odd-" + run + "@example.test")
                .contains("href=\"/admin/mail/quarantine/" + id + "\"");
        HttpResponse<String> page = admin.get("/admin/mail/quarantine/" + id);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .as("the headers decoded, the source as escaped text, never as markup")
                .contains("Cassé " + run)
                .contains("multipart/mixed; boundary=never-there")
                .contains("&lt;script&gt;alert(")
                .doesNotContain("<script>alert(")
                .doesNotContain("<b>no boundary")
                .contains("href=\"/admin/mail/quarantine/" + id + "/raw\"");

        HttpResponse<byte[]> download = admin.getBytes("/admin/mail/quarantine/" + id + "/raw");

        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(raw);
        assertThat(download.headers().firstValue("Content-Type")).hasValue("message/rfc822");
        assertThat(download.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"quarantine-" + id + ".eml\"");
        assertThat(download.headers().allValues("X-Content-Type-Options")).containsExactly("nosniff");
        assertThat(jdbc.sql("""
                        select count(*) from audit_event
                        where actor = 'admin' and action = 'VIEWED' and target_type = 'mail_quarantine'
                          and target_id = :id
                        """)
                        .param("id", Long.toString(id))
                        .query(Integer.class)
                        .single())
                .as("the page and the download")
                .isEqualTo(2);
    }

    @Test
    void aBounceTurnedIntoATicketByHandIsATicketOnceWithoutAcknowledgement() throws Exception {
        byte[] raw = bounce();
        intake.take(properties.mailboxes().get(0), ++uid, raw);
        long id = quarantineId("bounce-" + run + "@example.test");

        HttpResponse<String> first = admin.post("/admin/mail/quarantine/" + id + "/ticket", "");

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.uri().getPath()).isEqualTo("/admin/mail/quarantine/" + id);
        Matcher made = TICKET.matcher(between(first.body(), "alert-success", "</div>"));
        assertThat(made.find()).as("the message names the ticket").isTrue();
        String reference = made.group();
        long ticketId = tickets.findId(reference).orElseThrow();
        assertThat(jdbc.sql("select channel || ' ' || description from ticket where id = :id")
                        .param("id", ticketId)
                        .query(String.class)
                        .single())
                .isEqualTo("EMAIL The mail could not be delivered.");
        assertThat(status(id)).isEqualTo("TICKETED admin");
        assertThat(jdbc.sql("select ticket_id from mail_message where direction = 'IN' and message_id = :key")
                        .param("key", "bounce-" + run + "@example.test")
                        .query(Long.class)
                        .single())
                .isEqualTo(ticketId);
        assertThat(jdbc.sql("select count(*) from mail_outbox where ticket_id = :id")
                        .param("id", ticketId)
                        .query(Integer.class)
                        .single())
                .as("no acknowledgement to a machine")
                .isZero();

        HttpResponse<String> second = admin.post("/admin/mail/quarantine/" + id + "/ticket", "");

        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(second.body()).contains("Van deze mail was al een ticket gemaakt: " + reference);
        assertThat(intake.take(properties.mailboxes().get(0), ++uid, raw))
                .as("offered again by the mailbox")
                .isEqualTo(MailIntake.Outcome.ALREADY_TAKEN);
        assertThat(jdbc.sql("select count(*) from mail_message where direction = 'IN' and message_id = :key")
                        .param("key", "bounce-" + run + "@example.test")
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        assertThat(admin.get("/admin/mail/quarantine").body())
                .doesNotContain("href=\"/admin/mail/quarantine/" + id + "\"");
    }

    @Test
    void aMailKeptWithItsHeadersOnlyBecomesATicketOfItsSubject() throws Exception {
        byte[] headers = """
                From: big-%s@example.test
                To: desk@mi-is.test
                Subject: Scan du dossier %s
                Message-ID: <big-%s@example.test>

                """.formatted(run, run, run).getBytes(StandardCharsets.UTF_8);
        intake.refuse(properties.mailboxes().get(0), ++uid, headers, "over the size limit");
        long id = quarantineId("big-" + run + "@example.test");

        String page = admin.post("/admin/mail/quarantine/" + id + "/ticket", "").body();

        Matcher made = TICKET.matcher(between(page, "alert-success", "</div>"));
        assertThat(made.find()).isTrue();
        long ticketId = tickets.findId(made.group()).orElseThrow();
        assertThat(jdbc.sql("select subject || ' | ' || description from ticket where id = :id")
                        .param("id", ticketId)
                        .query(String.class)
                        .single())
                .isEqualTo("Scan du dossier " + run + " | Scan du dossier " + run);
        assertThat(jdbc.sql("select body from ticket_entry where ticket_id = :id and body like '%Quarantine%'")
                        .param("id", ticketId)
                        .query(String.class)
                        .single())
                .contains("From: big-" + run + "@example.test", "over the size limit");
    }

    @Test
    void aHeldMailTurnedIntoATicketKeepsItsAttachmentsLikeAnyMail() throws Exception {
        byte[] raw = """
                From: scan-%s@example.test
                To: desk@mi-is.test
                Subject: Dossier %s
                Message-ID: <scan-%s@example.test>
                MIME-Version: 1.0
                Content-Type: multipart/mixed; boundary="b"

                --b
                Content-Type: text/plain; charset=UTF-8

                Voici le dossier.
                --b
                Content-Type: application/pdf; name="dossier.pdf"
                Content-Disposition: attachment; filename="dossier.pdf"
                Content-Transfer-Encoding: base64

                JVBERi0xLjQKJcfsj6IK
                --b--
                """.formatted(run, run, run).replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
        intake.refuse(properties.mailboxes().get(0), ++uid, raw, "held by a rule");
        long id = quarantineId("scan-" + run + "@example.test");

        String page = admin.post("/admin/mail/quarantine/" + id + "/ticket", "").body();

        Matcher made = TICKET.matcher(between(page, "alert-success", "</div>"));
        assertThat(made.find()).isTrue();
        long ticketId = tickets.findId(made.group()).orElseThrow();
        assertThat(jdbc.sql("select description from ticket where id = :id")
                        .param("id", ticketId)
                        .query(String.class)
                        .single())
                .isEqualTo("Voici le dossier.");
        assertThat(jdbc.sql("select file_name || ' ' || size from mail_attachment where ticket_id = :id")
                        .param("id", ticketId)
                        .query(String.class)
                        .list())
                .containsExactly("dossier.pdf 15");
    }

    @Test
    void aDiscardedMailIsKeptWithWhoAndWhenAndASecondDiscardSaysSo() throws Exception {
        intake.take(properties.mailboxes().get(0), ++uid, bounce());
        long id = quarantineId("bounce-" + run + "@example.test");

        HttpResponse<String> confirm = admin.get("/admin/mail/quarantine/" + id + "/discard");
        assertThat(confirm.statusCode()).isEqualTo(200);
        assertThat(confirm.body()).contains("action=\"/admin/mail/quarantine/" + id + "/discard\"");

        assertThat(admin.post("/admin/mail/quarantine/" + id + "/discard", "").body())
                .contains("De mail is opzijgelegd.");
        assertThat(status(id)).isEqualTo("DISCARDED admin");
        assertThat(jdbc.sql(
                                "select octet_length(raw) > 0 and decided_at is not null from mail_quarantine where id = :id")
                        .param("id", id)
                        .query(Boolean.class)
                        .single())
                .as("kept, with when")
                .isTrue();

        HttpResponse<String> second = admin.post("/admin/mail/quarantine/" + id + "/discard", "");
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(second.body()).contains("Deze mail was al opzijgelegd.");
        assertThat(admin.post("/admin/mail/quarantine/" + id + "/ticket", "").body())
                .as("a discarded mail is not turned into a ticket")
                .contains("Deze mail was al opzijgelegd.");
        assertThat(status(id)).isEqualTo("DISCARDED admin");
    }

    @Test
    void aRetryTakesTheMailOnceAndABounceStaysHeldWithItsReason() throws Exception {
        byte[] raw = """
                From: retry-%s@example.test
                To: desk@mi-is.test
                Subject: Question %s
                Message-ID: <retry-%s@example.test>

                Bonjour, une question sur le revenu d'intégration.
                """.formatted(run, run, run).getBytes(StandardCharsets.UTF_8);
        // Refused whole (say, the database refused it once): a retry takes it as the mailbox would have.
        intake.refuse(properties.mailboxes().get(0), ++uid, raw, "refused once");
        long id = quarantineId("retry-" + run + "@example.test");

        String first = admin.post("/admin/mail/quarantine/" + id + "/retry", "").body();

        Matcher made = TICKET.matcher(between(first, "alert-success", "</div>"));
        assertThat(made.find()).isTrue();
        assertThat(status(id)).isEqualTo("RETRIED admin");
        assertThat(admin.post("/admin/mail/quarantine/" + id + "/retry", "").body())
                .contains("Deze mail was al opnieuw ingelezen: ticket " + made.group());

        intake.take(properties.mailboxes().get(0), ++uid, bounce());
        long bounce = quarantineId("bounce-" + run + "@example.test");
        HttpResponse<String> held = admin.post("/admin/mail/quarantine/" + bounce + "/retry", "");
        assertThat(held.statusCode()).isEqualTo(200);
        assertThat(held.body())
                .contains("De mail blijft in quarantaine: a delivery report (multipart/report) on no mail we sent");
        assertThat(status(bounce)).isEqualTo("HELD null");
    }

    @Test
    void unknownIdsAreNotFoundPagesAndMalformedOnesBadRequests() throws Exception {
        long none = 987_654_321L;
        for (String path : List.of(
                "/admin/mail/quarantine/" + none,
                "/admin/mail/quarantine/" + none + "/raw",
                "/admin/mail/quarantine/" + none + "/discard")) {
            assertThat(admin.get(path).statusCode()).as(path).isEqualTo(404);
        }
        for (String path : List.of(
                "/admin/mail/quarantine/" + none + "/retry",
                "/admin/mail/quarantine/" + none + "/ticket",
                "/admin/mail/quarantine/" + none + "/discard",
                "/admin/mail/outbox/" + none + "/retry")) {
            HttpResponse<String> answer = admin.post(path, "");
            assertThat(answer.statusCode()).as(path).isEqualTo(404);
            assertThat(answer.body()).as(path).doesNotContain("Exception");
        }
        assertThat(admin.get("/admin/mail/quarantine/abc").statusCode()).isEqualTo(400);
        assertThat(admin.get("/admin/mail/outbox?status=NOPE").statusCode()).isEqualTo(400);
        assertThat(admin.post("/admin/mail/outbox/abc/retry", "").statusCode()).isEqualTo(400);
    }

    @Test
    void retryNowSendsAFailedMailAgainBringsABackOffForwardAndSaysWhenThereIsNothingToDo() throws Exception {
        long failed = write("failed", null);
        long waiting = write("waiting", "waiting-" + run + "@example.test");
        Instant later = clock.instant().plusSeconds(3600);
        jdbc.sql("update mail_outbox set attempts = 2, next_attempt_at = :later, last_error = 'timeout' where id = :id")
                .param("later", later.atOffset(ZoneOffset.UTC))
                .param("id", waiting)
                .update();

        String list = admin.get("/admin/mail/outbox?status=FAILED").body();
        assertThat(list)
                .contains("Subject failed " + run)
                .contains("action=\"/admin/mail/outbox/" + failed + "/retry\"");
        assertThat(admin.get("/admin/mail/outbox?status=PENDING").body()).contains("Subject waiting " + run);

        assertThat(admin.post("/admin/mail/outbox/" + failed + "/retry", "status=FAILED")
                        .body())
                .contains("Mail " + failed + " wordt opnieuw verstuurd");
        assertThat(outboxState(failed)).isEqualTo("PENDING 0 due");
        assertThat(admin.post("/admin/mail/outbox/" + failed + "/retry", "status=FAILED")
                        .body())
                .contains("Mail " + failed + " wacht al om verstuurd te worden.");

        assertThat(admin.post("/admin/mail/outbox/" + waiting + "/retry", "status=PENDING")
                        .body())
                .contains("Mail " + waiting + " wordt nu verstuurd");
        assertThat(outboxState(waiting)).as("its attempts kept").isEqualTo("PENDING 2 due");
        assertThat(admin.post("/admin/mail/outbox/" + waiting + "/retry", "status=PENDING")
                        .body())
                .contains("Mail " + waiting + " wacht al om verstuurd te worden.");

        jdbc.sql("update mail_outbox set status = 'SENT', sent_at = next_attempt_at where id = :id")
                .param("id", waiting)
                .update();
        assertThat(admin.post("/admin/mail/outbox/" + waiting + "/retry", "status=SENT")
                        .body())
                .contains("Mail " + waiting + " is al verstuurd.");
    }

    @Test
    void loadMoreBringsTheRowsAfterTheCursorOnly() throws Exception {
        intake.refuse(properties.mailboxes().get(0), ++uid, headersOnly("older"), "test");
        intake.refuse(properties.mailboxes().get(0), ++uid, headersOnly("newer"), "test");
        long older = quarantineId("older-" + run + "@example.test");
        long newer = quarantineId("newer-" + run + "@example.test");
        Instant received = jdbc.sql("select received_at from mail_quarantine where id = :id")
                .param("id", newer)
                .query(java.time.OffsetDateTime.class)
                .single()
                .toInstant();

        String rows = admin.get(
                        "/admin/mail/quarantine?after=" + new be.miis.frontdesk.shared.KeysetCursor(received, newer),
                        "HX-Request",
                        "true")
                .body();

        assertThat(rows)
                .doesNotContain("<html")
                .contains("href=\"/admin/mail/quarantine/" + older + "\"")
                .doesNotContain("href=\"/admin/mail/quarantine/" + newer + "\"");

        long first = write("first", "first-" + run + "@example.test");
        long second = write("second", "second-" + run + "@example.test");
        String outboxRows = admin.get("/admin/mail/outbox?status=PENDING&before=" + second, "HX-Request", "true")
                .body();
        assertThat(outboxRows)
                .doesNotContain("<html")
                .contains("id=\"outbox-" + first + "\"")
                .doesNotContain("id=\"outbox-" + second + "\"");
    }

    private byte[] headersOnly(String name) {
        return "From: %s-%s@example.test\nSubject: %s %s\nMessage-ID: <%s-%s@example.test>\n\n"
                .formatted(name, run, name, run, name, run)
                .getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void agentsReachNoneOfThePages() throws Exception {
        WebSession agent = new WebSession(port).login("agent");
        assertThat(agent.get("/admin/mail/quarantine").statusCode()).isEqualTo(403);
        assertThat(agent.get("/admin/mail/outbox").statusCode()).isEqualTo(403);
        assertThat(agent.post("/admin/mail/outbox/1/retry", "").statusCode()).isEqualTo(403);
    }

    private byte[] bounce() {
        return """
                From: Mail Delivery System <mailer-daemon@%s.example.test>
                To: desk@mi-is.test
                Subject: Undelivered Mail Returned to Sender
                Message-ID: <bounce-%s@example.test>
                Content-Type: multipart/report; report-type=delivery-status; boundary=r

                --r
                Content-Type: text/plain

                The mail could not be delivered.
                --r
                Content-Type: message/delivery-status

                Reporting-MTA: dns; mx.example.test

                Final-Recipient: rfc822; gone@example.test
                Action: failed
                Status: 5.1.1
                --r--
                """.formatted(run, run).getBytes(StandardCharsets.UTF_8);
    }

    private long write(String name, String recipient) {
        outbox.write(new OutboxMail(
                OutboxKind.ANSWER,
                "test:" + name + ":" + run,
                null,
                null,
                recipient,
                ContentLanguage.NL,
                new RenderedMail("Subject " + name + " " + run, "text", "<p>html</p>"),
                null,
                List.of()));
        return jdbc.sql("select id from mail_outbox where dedup_key = :key")
                .param("key", "test:" + name + ":" + run)
                .query(Long.class)
                .single();
    }

    private String outboxState(long id) {
        return jdbc.sql("""
                        select status || ' ' || attempts || ' ' || case when next_attempt_at <= :now then 'due' else 'later' end
                        from mail_outbox where id = :id
                        """)
                .param("id", id)
                .param("now", clock.instant().atOffset(ZoneOffset.UTC))
                .query(String.class)
                .single();
    }

    private void record(String mailbox, Instant at) {
        jdbc.sql("""
                        insert into mail_message (direction, message_id, mailbox, uid, sender, subject, at)
                        values ('IN', :key, :mailbox, 0, 'someone@example.test', 'counted', :at)
                        """)
                .param("key", "count-" + UUID.randomUUID() + "@example.test")
                .param("mailbox", mailbox)
                .param("at", at.atOffset(ZoneOffset.UTC))
                .update();
    }

    private long quarantineId(String key) {
        return jdbc.sql("select id from mail_quarantine where message_key = :key")
                .param("key", key)
                .query(Long.class)
                .single();
    }

    private String status(long id) {
        return jdbc.sql("select status || ' ' || coalesce(decided_by, 'null') from mail_quarantine where id = :id")
                .param("id", id)
                .query(String.class)
                .single();
    }

    private String mailboxRow() throws Exception {
        String page = admin.get("/admin/mail/mailboxes").body();
        return between(page, "id=\"mailbox-" + properties.mailboxes().get(0).name() + "\"", "</tr>");
    }

    /** The number in the n-th cell (0 = the mailbox's header cell) of a row. */
    private static long cell(String row, int n) {
        Matcher number = Pattern.compile(">\\s*(\\d+)\\s*<").matcher(row.split("<td")[n]);
        assertThat(number.find()).as("a number in cell %d of %s", n, row).isTrue();
        return Long.parseLong(number.group(1));
    }

    private static String between(String text, String start, String end) {
        int from = text.indexOf(start);
        assertThat(from).as("'%s' on the page", start).isNotNegative();
        return text.substring(from, text.indexOf(end, from));
    }
}

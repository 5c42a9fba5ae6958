package be.miis.frontdesk.mail;

import be.miis.frontdesk.identity.ApiTokenService;
import be.miis.frontdesk.test.BenchmarkApplication;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The mail channel at the volume of a backlog (issue #16, "Performance"): {@code benchmark.mails} (10 000) mails
 * waiting in a mailbox of a local IMAP server are taken into tickets by the poller, each with its acknowledgement
 * written to the outbox in the same transaction; the same number of tickets is then created through the API
 * ({@code POST /api/v1/tickets}, one client, one request at a time, as the poller takes one mail at a time); last,
 * the outbox is drained to a local SMTP server. The mailbox is a real IMAP server, Dovecot, started by this program
 * ({@link DovecotMailbox}; {@code apt-get install -y dovecot-imapd}), the mails delivered into its Maildir as a local
 * delivery agent does: GreenMail's IMAP server slows down with the square of the mailbox, and a backlog measured it
 * instead of Frontdesk. The SMTP server is GreenMail in this JVM (over loopback, as the application would talk to
 * any server; receiving is not its slow path). The application runs on a fresh embedded
 * PostgreSQL with the demo organisations and contacts, so that senders are matched as in production: one mail in
 * ten from a known contact (as far as the demo has contacts), the others from unknown people at a CPAS's mail
 * domain (organisation matched, contact to link). Every sender is another address, so that the rate limit on acknowledgements does not thin them out.
 * Checks the counts after each step and writes {@code target/benchmarks/mail-intake.md}.
 *
 * <p>A program, run by {@code ./mvnw -Pbenchmark verify}; alone: {@code ./mvnw -Pbenchmark test-compile
 * exec:java@mail-intake-benchmark}; {@code -Dbenchmark.mails=…} changes the size.
 */
public final class MailIntakeBenchmark {

    private static final int MAILS = Integer.getInteger("benchmark.mails", 10_000);
    private static final Path OUTPUT = Path.of("target/benchmarks");
    private static final String DESK = "frontdesk@mi-is.localhost";
    private static final String[] QUESTIONS = {
        "Bonjour, un étudiant qui travaille pendant les vacances garde-t-il son revenu d'intégration ? Merci.",
        "Goedemiddag, mag een student die tijdens de vakantie werkt zijn leefloon behouden? Met vriendelijke groet.",
        "Guten Tag, behält ein Student, der in den Ferien arbeitet, sein Eingliederungseinkommen? Danke.",
        "Bonjour, comment introduire une demande de remboursement auprès du SPP Intégration sociale ?",
        "Dag, hoe dienen wij een terugbetalingsaanvraag voor het stookoliefonds in bij de POD?"
    };

    private final BenchmarkApplication app;
    private final DovecotMailbox mailbox;
    private final GreenMail mailServer;
    private final JdbcClient jdbc;

    private MailIntakeBenchmark(BenchmarkApplication app, DovecotMailbox mailbox, GreenMail mailServer) {
        this.app = app;
        this.mailbox = mailbox;
        this.mailServer = mailServer;
        this.jdbc = app.bean(JdbcClient.class);
    }

    public static void main(String[] args) throws Exception {
        Files.createDirectories(OUTPUT);
        GreenMail mailServer = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mailServer.start();
        try (DovecotMailbox mailbox = DovecotMailbox.start("secret", OUTPUT.resolve("dovecot.log"));
                BenchmarkApplication app = BenchmarkApplication.start(
                        BenchmarkApplication.database(Map.of("shared_buffers", "512MB"), OUTPUT),
                        "--frontdesk.demo.enabled=true",
                        // The jobs are run by this program, not by the scheduler beside it.
                        "--frontdesk.mail.enabled=false",
                        "--frontdesk.mail.address=" + DESK,
                        "--frontdesk.mail.imap.host=127.0.0.1",
                        "--frontdesk.mail.imap.port=" + mailbox.port(),
                        "--frontdesk.mail.imap.username=" + DESK,
                        "--frontdesk.mail.imap.password=secret",
                        "--spring.mail.host=127.0.0.1",
                        "--spring.mail.port=" + mailServer.getSmtp().getPort())) {
            new MailIntakeBenchmark(app, mailbox, mailServer).run();
            app.pauseIfAsked();
        } finally {
            mailServer.stop();
        }
    }

    void run() throws Exception {
        List<String> contacts = jdbc.sql("select email from contact where email is not null order by id")
                .query(String.class)
                .list();
        List<String> domains = jdbc.sql("select distinct unnest(email_domains) from organisation order by 1")
                .query(String.class)
                .list();
        check(!contacts.isEmpty() && !domains.isEmpty(), () -> "the demo data has no contacts or mail domains");
        for (int i = 1; i <= MAILS; i++) {
            // Each known contact writes once: a second mail within the hour could be refused an acknowledgement.
            String sender = i % 10 == 0 && i / 10 <= contacts.size()
                    ? contacts.get(i / 10 - 1)
                    : "person" + i + "@" + domains.get(i % domains.size());
            mailbox.deliver(mail(i, sender));
        }
        long ticketsBefore = count("select count(*) from ticket");

        StringBuilder report = new StringBuilder();
        report.append("## %,d mails into tickets, beside the API; the outbox drained%n%n".formatted(MAILS));
        report.append("| step | result | time | per second |\n|---|---|---:|---:|\n");

        MailboxPoller poller = app.bean(MailboxPoller.class);
        long start = System.nanoTime();
        // A poll starts batches for at most five minutes (MailboxPoller): a slower run takes the rest in the next.
        int polls = 0;
        do {
            poller.pollAll();
            polls++;
        } while (count("select count(*) from ticket") - ticketsBefore < MAILS && polls < 20);
        double intake = seconds(start);
        long fromMail = count("select count(*) from ticket") - ticketsBefore;
        String pollCount = polls == 1 ? "one poll" : polls + " polls";
        long acknowledgements = count("select count(*) from mail_outbox where kind = 'ACKNOWLEDGEMENT'");
        check(fromMail == MAILS, () -> "the polls made " + fromMail + " tickets, not " + MAILS);
        check(acknowledgements == MAILS, () -> acknowledgements + " acknowledgements waiting, not " + MAILS);
        report.append("| mailbox → tickets (%s) | %,d tickets, %,d acknowledgements in the outbox | %.1f s | %,.0f |%n"
                .formatted(pollCount, fromMail, acknowledgements, intake, MAILS / intake));

        double api = createThroughTheApi();
        long total = count("select count(*) from ticket") - ticketsBefore;
        check(total == 2L * MAILS, () -> total + " tickets after the API, not " + 2 * MAILS);
        report.append("| the same number through `POST /api/v1/tickets` (one client) | %,d tickets | %.1f s | %,.0f |%n"
                .formatted(total - fromMail, api, MAILS / api));

        // The demo's own answers by mail wait in the outbox too: they go out with the acknowledgements.
        long pending = count("select count(*) from mail_outbox where status = 'PENDING'");
        int receivedBefore = mailServer.getReceivedMessages().length;
        OutboxSender sender = app.bean(OutboxSender.class);
        start = System.nanoTime();
        while (count("select count(*) from mail_outbox where status = 'PENDING'") > 0) {
            sender.run();
        }
        double drain = seconds(start);
        long sent = count("select count(*) from mail_outbox where status = 'SENT'");
        int received = mailServer.getReceivedMessages().length - receivedBefore;
        check(sent == pending, () -> sent + " mails sent, not " + pending);
        check(received == sent, () -> "the SMTP server received " + received + " mails, not " + sent);
        report.append("| outbox → SMTP | %,d mails sent and received | %.1f s | %,.0f |%n"
                .formatted(sent, drain, sent / drain));

        report.append(
                "%n%s; IMAP %s on loopback, SMTP GreenMail in the same JVM; PostgreSQL embedded, shared_buffers 512 MB.%n"
                        .formatted(BenchmarkApplication.machine(), mailbox.describe()));
        Files.writeString(OUTPUT.resolve("mail-intake.md"), report);
        System.out.println(report);
    }

    /** One client creating the tickets one after the other, as an agent's tool on the API would. */
    private double createThroughTheApi() throws Exception {
        String token = app.bean(ApiTokenService.class)
                .create("agent", "benchmark", null)
                .secret();
        List<Long> organisations = jdbc.sql("select id from organisation order by id")
                .query(Long.class)
                .list();
        HttpClient client = HttpClient.newHttpClient();
        URI uri = URI.create("http://127.0.0.1:" + app.port() + "/api/v1/tickets");
        long start = System.nanoTime();
        for (int i = 1; i <= MAILS; i++) {
            String body = """
                    {"channel":"EMAIL","domainCode":"OTHER","language":"%s","organisationId":%d,
                     "subject":"Question %d","description":"%s"}""".formatted(
                            i % 2 == 0 ? "FR" : "NL",
                            organisations.get(i % organisations.size()),
                            i,
                            QUESTIONS[i % QUESTIONS.length]);
            HttpResponse<String> response = client.send(
                    HttpRequest.newBuilder(uri)
                            .header("Authorization", "Bearer " + token)
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            int number = i;
            check(
                    response.statusCode() == 201,
                    () -> "ticket " + number + ": HTTP " + response.statusCode() + " " + response.body());
        }
        return seconds(start);
    }

    private static byte[] mail(int i, String sender) {
        return """
                From: %s
                To: %s
                Subject: Question %d
                Message-ID: <benchmark-%d@cpas.example>
                Date: Wed, 02 Dec 2026 08:30:00 +0000
                MIME-Version: 1.0
                Content-Type: text/plain; charset=UTF-8
                Content-Transfer-Encoding: 8bit

                %s
                """.formatted(sender, DESK, i, i, QUESTIONS[i % QUESTIONS.length])
                .replace("\n", "\r\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private static void check(boolean condition, Supplier<String> message) {
        if (!condition) {
            throw new IllegalStateException(message.get());
        }
    }
}

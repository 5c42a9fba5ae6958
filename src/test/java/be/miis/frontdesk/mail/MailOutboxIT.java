package be.miis.frontdesk.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import be.miis.frontdesk.escalation.SlaNotifier;
import be.miis.frontdesk.escalation.SlaWarning;
import be.miis.frontdesk.escalation.WarningKind;
import be.miis.frontdesk.organisation.ContactData;
import be.miis.frontdesk.organisation.OrganisationService;
import be.miis.frontdesk.shared.ContentLanguage;
import be.miis.frontdesk.shared.Language;
import be.miis.frontdesk.test.FrontdeskIntegrationTest;
import be.miis.frontdesk.test.ReferenceClockConfiguration;
import be.miis.frontdesk.ticket.Channel;
import be.miis.frontdesk.ticket.Customer;
import be.miis.frontdesk.ticket.EntryKind;
import be.miis.frontdesk.ticket.MailDeliveries;
import be.miis.frontdesk.ticket.OpenTicket;
import be.miis.frontdesk.ticket.TicketAnswered;
import be.miis.frontdesk.ticket.TicketPaused;
import be.miis.frontdesk.ticket.TicketService;
import be.miis.frontdesk.ticket.TicketType;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Outgoing mail end to end over real SMTP (GreenMail in the test JVM): an event or intake's acknowledgement writes
 * the outbox row, the sender delivers it, the customer's mailbox has it, once, in the ticket's language, as a reply
 * to the customer's mail. The one mail test context of the outbox: the SMTP server's port and the centre's
 * address. Other tests' rows share the database, so every assertion picks its own mail by recipient or ticket.
 */
@FrontdeskIntegrationTest
class MailOutboxIT {

    private static final String DESK = "desk@cmi.test";
    private static final String PORTAL = "https://portal.cmi.test";
    private static final int SMTP_PORT = freePort();

    private static GreenMail smtp = startSmtp();

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
        registry.add("frontdesk.mail.address", () -> DESK);
        registry.add("frontdesk.portal.url", () -> PORTAL);
    }

    @Autowired
    TicketService tickets;

    @Autowired
    OrganisationService organisations;

    @Autowired
    MailOutbox outbox;

    @Autowired
    OutboxListener listener;

    @Autowired
    OutboxSender sender;

    @Autowired
    SlaNotifier notifier;

    @Autowired
    JdbcClient jdbc;

    @Nullable
    Long cpas;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    Clock clock;

    @LocalServerPort
    int port;

    @BeforeAll
    static void smtpUp() {
        if (!smtp.isRunning()) {
            smtp = startSmtp();
        }
    }

    @AfterAll
    static void smtpDown() {
        smtp.stop();
    }

    @Test
    void anAnswerByMailReachesTheCustomerInTheTicketsLanguageAsAReplyToTheirMail() throws Exception {
        for (ContentLanguage language : List.of(ContentLanguage.FR, ContentLanguage.DE)) {
            String customer = address();
            MailTicket ticket = mailTicket(language, contact(customer, language), "Revenu d'intégration");
            String theirs = received(ticket, customer);

            tickets.answer(
                    ticket.reference(), version(ticket), "Le taux cohabitant s'applique.", Channel.EMAIL, "agent");
            long id = awaitRow(ticket, OutboxKind.ANSWER);
            assertThat(answerDelivery(ticket)).as("on the ticket page").isEqualTo(MailDeliveries.MailDelivery.PENDING);
            sender.send(clock.instant());
            sender.send(clock.instant());
            assertThat(answerDelivery(ticket)).isEqualTo(MailDeliveries.MailDelivery.SENT);

            MimeMessage mail = single(customer);
            assertThat(mail.getFrom()[0].toString()).isEqualTo(DESK);
            assertThat(mail.getSubject()).isEqualTo("[" + ticket.reference() + "] Revenu d'intégration");
            assertThat(mail.getHeader("In-Reply-To")).containsExactly("<" + theirs + ">");
            assertThat(mail.getHeader("References")).containsExactly("<" + theirs + ">");
            assertThat(mail.getHeader("Auto-Submitted")).isNull();
            String messageId = row(id).get("message_id").toString();
            assertThat(mail.getMessageID()).isEqualTo("<" + messageId + ">").endsWith("@frontdesk.cmi.test>");
            Parts parts = parts(mail);
            assertThat(parts.text()).contains("Le taux cohabitant s'applique.");
            assertThat(parts.html()).contains("Le taux cohabitant s&#39;applique.");
            assertThat(parts.text())
                    .contains(
                            language == ContentLanguage.FR
                                    ? "Voici notre réponse à votre question " + ticket.reference()
                                    : "Hier ist unsere Antwort auf Ihre Frage " + ticket.reference());
            // The rating link in the language of the ticket, each score a link to the confirmation page
            // (docs/satisfaction.md).
            String rating = PORTAL + "/" + language.code() + "/rating/";
            assertThat(parts.text())
                    .contains(language == ContentLanguage.FR ? "très satisfait" : "sehr zufrieden")
                    .containsPattern(java.util.regex.Pattern.quote(rating) + "[A-Za-z0-9_-]{43}\\?score=5");
            assertThat(parts.html())
                    .containsPattern(
                            "href=\"" + java.util.regex.Pattern.quote(rating) + "[A-Za-z0-9_-]{43}\\?score=1\"");

            assertThat(row(id)).containsEntry("status", "SENT").containsEntry("attempts", 1);
            assertThat(jdbc.sql("""
                            select count(*) from mail_message
                            where direction = 'OUT' and message_id = :id and ticket_id = :ticket and recipient = :to
                            """)
                            .param("id", messageId)
                            .param("ticket", ticket.id())
                            .param("to", customer)
                            .query(Long.class)
                            .single())
                    .as("the sent mail is on record, for the customer's reply to thread")
                    .isEqualTo(1);
        }
    }

    @Test
    void theAcknowledgementGivesReferenceDeadlineDateAndFaqAsAnAutomaticReplyOnlyOnce() throws Exception {
        // Received Wednesday 2 December 2026 at 10:00: two working days on, Friday 4 December.
        Map<ContentLanguage, String> expected = Map.of(
                ContentLanguage.NL, "uiterlijk op 4 december 2026",
                ContentLanguage.FR, "au plus tard le 4 décembre 2026");
        for (var language : expected.entrySet()) {
            String customer = address();
            MailTicket ticket = mailTicket(language.getKey(), null, "Vraag over het leefloon");
            String theirs = "m-" + UUID.randomUUID() + "@ocmw.test";
            Acknowledgement ack = new Acknowledgement(
                    ticket.id(),
                    ticket.reference(),
                    customer,
                    language.getKey(),
                    ReferenceClockConfiguration.REFERENCE,
                    theirs,
                    "Leefloon student");
            TransactionTemplate transaction = new TransactionTemplate(transactions);
            transaction.executeWithoutResult(status -> outbox.acknowledge(ack));
            transaction.executeWithoutResult(status -> outbox.acknowledge(ack));
            assertThat(rows(ticket, OutboxKind.ACKNOWLEDGEMENT))
                    .as("once per ticket")
                    .hasSize(1);

            sender.send(clock.instant());

            MimeMessage mail = single(customer);
            assertThat(mail.getSubject())
                    .isEqualTo("[" + ticket.reference() + "] "
                            + (language.getKey() == ContentLanguage.NL ? "Ontvangen: " : "Reçu : ")
                            + "Leefloon student");
            assertThat(mail.getHeader("In-Reply-To")).containsExactly("<" + theirs + ">");
            assertThat(mail.getHeader("Auto-Submitted")).containsExactly("auto-replied");
            Parts parts = parts(mail);
            assertThat(parts.text())
                    .contains(ticket.reference())
                    .contains(language.getValue())
                    .contains(PORTAL);
            assertThat(parts.html()).contains(language.getValue()).contains("href=\"" + PORTAL + "\"");
        }
    }

    @Test
    void withTheSmtpServerDownTheMailWaitsItsBackOffAndGoesOutOnceWhenItIsBack() throws Exception {
        String customer = address();
        MailTicket ticket = mailTicket(ContentLanguage.NL, contact(customer, ContentLanguage.NL), "Stookoliefonds");
        smtp.stop();
        try {
            tickets.answer(ticket.reference(), version(ticket), "Zo vraagt u de toelage aan.", Channel.EMAIL, "agent");
            long id = awaitRow(ticket, OutboxKind.ANSWER);
            Instant now = clock.instant();

            sender.send(now);

            Map<String, Object> waiting = row(id);
            assertThat(waiting).containsEntry("status", "PENDING").containsEntry("attempts", 1);
            assertThat((String) waiting.get("last_error")).isNotBlank();
            assertThat(((Timestamp) waiting.get("next_attempt_at")).toInstant())
                    .as("one minute after the first failure")
                    .isBetween(now.plusSeconds(59), now.plusSeconds(61));

            sender.send(now.plusSeconds(30));
            assertThat(row(id)).as("not due yet").containsEntry("attempts", 1);
        } finally {
            smtp = startSmtp();
        }

        sender.send(clock.instant().plus(Duration.ofMinutes(2)));
        sender.send(clock.instant().plus(Duration.ofHours(2)));

        assertThat(single(customer).getSubject()).isEqualTo("[" + ticket.reference() + "] Stookoliefonds");
        assertThat(row(awaitRow(ticket, OutboxKind.ANSWER)))
                .containsEntry("status", "SENT")
                .containsEntry("attempts", 2);
    }

    @Test
    void twoSendersAtOnceSendEveryMailOnce() throws Exception {
        List<String> customers = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String customer = address();
            customers.add(customer);
            MailTicket ticket = mailTicket(ContentLanguage.NL, contact(customer, ContentLanguage.NL), "Samen " + i);
            tickets.answer(ticket.reference(), version(ticket), "Antwoord " + i, Channel.EMAIL, "agent");
            awaitRow(ticket, OutboxKind.ANSWER);
        }
        Instant now = clock.instant();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> runs = List.of(
                    threads.submit(() -> {
                        start.await();
                        return sender.send(now);
                    }),
                    threads.submit(() -> {
                        start.await();
                        return sender.send(now);
                    }));
            start.countDown();
            for (Future<Integer> run : runs) {
                run.get(60, TimeUnit.SECONDS);
            }
        } finally {
            threads.shutdownNow();
        }

        for (String customer : customers) {
            single(customer);
        }
    }

    @Test
    void aMailClaimedByASenderThatDiedIsSentAgainWhenItsLeaseRunsOutNotBefore() throws Exception {
        String customer = address();
        MailTicket ticket = mailTicket(ContentLanguage.NL, contact(customer, ContentLanguage.NL), "Onderbroken");
        tickets.answer(ticket.reference(), version(ticket), "Na de herstart.", Channel.EMAIL, "agent");
        long id = awaitRow(ticket, OutboxKind.ANSWER);
        Instant now = clock.instant();
        // What the claim of a sender leaves behind when its instance stops before it records the outcome.
        jdbc.sql("""
                        update mail_outbox set attempts = attempts + 1, next_attempt_at = :leaseUntil where id = :id
                        """)
                .param("id", id)
                .param("leaseUntil", MailOutbox.utc(now.plus(Duration.ofMinutes(10))))
                .update();

        sender.send(now.plus(Duration.ofMinutes(9)));
        assertThat(row(id)).as("still leased").containsEntry("status", "PENDING");

        sender.send(now.plus(Duration.ofMinutes(10)));
        assertThat(row(id)).containsEntry("status", "SENT").containsEntry("attempts", 2);
        assertThat(single(customer).getMessageID()).isEqualTo("<" + row(id).get("message_id") + ">");
    }

    @Test
    void theSameEventDeliveredTwiceWritesOneMail() {
        MailTicket ticket = mailTicket(ContentLanguage.NL, contact(address(), ContentLanguage.NL), "Dubbel");
        TicketAnswered event = new TicketAnswered(
                ticket.id(),
                ticket.reference(),
                new Customer(Channel.EMAIL, ContentLanguage.NL, null, ticket.contactId()),
                false,
                UUID.randomUUID(),
                Channel.EMAIL,
                "Eén keer.",
                "agent",
                clock.instant());

        listener.mailAnswer(event);
        listener.mailAnswer(event);

        assertThat(rows(ticket, OutboxKind.ANSWER)).hasSize(1);
    }

    @Test
    void whatIsAskedOfACustomerWhoWroteGoesByMailAndOfACallerNot() throws Exception {
        String customer = address();
        MailTicket ticket = mailTicket(ContentLanguage.NL, contact(customer, ContentLanguage.NL), "Attest");

        tickets.waitForCustomer(
                ticket.reference(), version(ticket), "Stuur ons het attest van de mutualiteit.", "agent");
        awaitRow(ticket, OutboxKind.REQUEST);
        sender.send(clock.instant());

        MimeMessage mail = single(customer);
        assertThat(mail.getSubject()).isEqualTo("[" + ticket.reference() + "] Vraag om informatie: Attest");
        assertThat(parts(mail).text())
                .contains("Om uw vraag " + ticket.reference() + " te kunnen beantwoorden")
                .contains("Stuur ons het attest van de mutualiteit.");

        listener.mailRequest(new TicketPaused(
                ticket.id(),
                ticket.reference(),
                new Customer(Channel.PHONE, ContentLanguage.NL, null, ticket.contactId()),
                false,
                UUID.randomUUID(),
                "Bel ons terug.",
                "agent",
                clock.instant()));
        assertThat(rows(ticket, OutboxKind.REQUEST))
                .as("a caller is asked on the phone")
                .hasSize(1);
    }

    @Test
    void withoutAContactTheAnswerGoesToWhoWroteFirstNeverToALaterWriterOfTheReference() throws Exception {
        String asker = address();
        String stranger = address();
        MailTicket ticket = mailTicket(ContentLanguage.EN, null, "Subsidy");
        received(ticket, asker, "2 hours");
        // Anyone who knows the reference can write on the ticket (docs/mail.md, "Threading"), but not redirect it.
        String theirs = received(ticket, stranger, "1 hour");

        tickets.answer(ticket.reference(), version(ticket), "Here is how.", Channel.EMAIL, "agent");
        awaitRow(ticket, OutboxKind.ANSWER);
        sender.send(clock.instant());

        MimeMessage mail = single(asker);
        assertThat(smtp.getReceivedMessagesForDomain(stranger)).isEmpty();
        assertThat(mail.getHeader("In-Reply-To")).containsExactly("<" + theirs + ">");
        assertThat(mail.getHeader("References")[0]).endsWith("> <" + theirs + ">");
        assertThat(parts(mail).text()).contains("Here is our answer to your question " + ticket.reference());
    }

    @Test
    void anSlaWarningGoesOutOnceByMailInTheUsersLanguageAndWithoutAddressStaysVisible() throws Exception {
        String expert = address();
        Instant deadline = Instant.parse("2026-12-04T15:00:00Z");
        String reference = "CMI-2026-9" + UUID.randomUUID().toString().substring(0, 5);
        SlaWarning warning =
                new SlaWarning("expert", "Eva Expert", expert, Language.FR, reference, WarningKind.BREACHED, deadline);

        notifier.notify(warning);
        notifier.notify(warning);
        notifier.notify(
                new SlaWarning("lead", "Lea Lead", null, Language.NL, reference, WarningKind.BREACHED, deadline));
        sender.send(clock.instant());

        MimeMessage mail = single(expert);
        assertThat(mail.getSubject()).isEqualTo("[" + reference + "] Délai dépassé");
        assertThat(mail.getHeader("Auto-Submitted")).containsExactly("auto-generated");
        assertThat(parts(mail).text())
                .contains("Bonjour Eva Expert,")
                .contains("Le délai du ticket " + reference + " a expiré le 4 décembre 2026");
        assertThat(jdbc.sql("""
                        select status || ' ' || coalesce(last_error, '-') from mail_outbox
                        where kind = 'SLA_NOTICE' and ticket_reference = :reference order by id
                        """)
                        .param("reference", reference)
                        .query(String.class)
                        .list())
                .containsExactly("SENT -", "FAILED " + MailOutbox.NO_ADDRESS);
    }

    @Test
    void aMailWithoutAddressStaysVisibleAsFailedForTheAdministrator() throws Exception {
        MailTicket ticket = mailTicket(ContentLanguage.NL, null, "Zonder adres");

        tickets.answer(ticket.reference(), version(ticket), "Antwoord zonder adres.", Channel.EMAIL, "agent");
        long id = awaitRow(ticket, OutboxKind.ANSWER);

        assertThat(row(id))
                .containsEntry("status", "FAILED")
                .containsEntry("last_error", MailOutbox.NO_ADDRESS)
                .containsEntry("recipient", null);
        // The agent sees on the ticket that the answer did not go out (the page and the API read the same view).
        assertThat(answerDelivery(ticket)).isEqualTo(MailDeliveries.MailDelivery.FAILED);
        assertThat(get("agent", "/api/v1/tickets/" + ticket.reference()).body()).contains("\"delivery\":\"FAILED\"");
        HttpResponse<String> failed = get("admin", "/api/v1/mail/outbox?status=FAILED&limit=200");
        assertThat(failed.statusCode()).isEqualTo(200);
        assertThat(failed.body()).contains("\"id\":" + id + ",").contains(ticket.reference());
        assertThat(get("agent", "/api/v1/mail/outbox").statusCode()).isEqualTo(403);
        HttpResponse<String> bad = get("admin", "/api/v1/mail/outbox?status=LOST");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(bad.body()).contains("\"field\":\"status\"");

        assertThat(outbox.retry(id)).isTrue();
        assertThat(row(id)).containsEntry("status", "PENDING").containsEntry("attempts", 0);
        assertThat(outbox.retry(id)).as("only a failed mail").isFalse();
        sender.send(clock.instant());
        assertThat(row(id)).containsEntry("status", "FAILED").containsEntry("attempts", 1);
    }

    /** Where the mail of the ticket's answer stands, as the ticket page shows it. */
    private MailDeliveries.@Nullable MailDelivery answerDelivery(MailTicket ticket) {
        return tickets.get(ticket.reference(), "agent").entries().stream()
                .filter(e -> e.kind() == EntryKind.ANSWER)
                .findFirst()
                .orElseThrow()
                .delivery();
    }

    private record MailTicket(
            long id, String reference, @Nullable Long contactId) {}

    private record Parts(String text, String html) {}

    /** This test's CPAS (JUnit makes an instance per test), for its tickets and contacts alike. */
    private long cpas() {
        if (cpas == null) {
            cpas = TestMail.organisation(jdbc, UUID.randomUUID().toString().substring(0, 8));
        }
        return cpas;
    }

    private MailTicket mailTicket(ContentLanguage language, @Nullable Long contactId, String subject) {
        long organisation = cpas();
        String reference = tickets.open(
                new OpenTicket(
                        Channel.EMAIL,
                        TicketType.QUESTION,
                        "HEATING_FUND",
                        language,
                        organisation,
                        contactId,
                        subject,
                        subject + ": de vraag zelf.",
                        null,
                        null,
                        OpenTicket.Outcome.OPEN,
                        null),
                "agent");
        return new MailTicket(tickets.get(reference, "test").id(), reference, contactId);
    }

    private long contact(String email, ContentLanguage language) {
        long organisation = cpas();
        return organisations
                .addContact(organisation, new ContactData("Camille", "Dubois", null, null, null, email, language, true))
                .id();
    }

    /** The customer's own mail, as intake would have recorded it. */
    private String received(MailTicket ticket, String from) {
        return received(ticket, from, "1 hour");
    }

    private String received(MailTicket ticket, String from, String ago) {
        String messageId = "c-" + UUID.randomUUID() + "@cpas.test";
        jdbc.sql("""
                        insert into mail_message (direction, message_id, ticket_id, sender, subject, at)
                        values ('IN', :id, :ticket, :sender, 'Question', now() - cast(:ago as interval))
                        """)
                .param("id", messageId)
                .param("ticket", ticket.id())
                .param("sender", from)
                .param("ago", ago)
                .update();
        return messageId;
    }

    private int version(MailTicket ticket) {
        return tickets.get(ticket.reference(), "test").version();
    }

    private long awaitRow(MailTicket ticket, OutboxKind kind) {
        await().atMost(Duration.ofSeconds(30)).until(() -> !rows(ticket, kind).isEmpty());
        return rows(ticket, kind).get(0);
    }

    private List<Long> rows(MailTicket ticket, OutboxKind kind) {
        return jdbc.sql("select id from mail_outbox where ticket_id = :ticket and kind = :kind")
                .param("ticket", ticket.id())
                .param("kind", kind.name())
                .query(Long.class)
                .list();
    }

    private Map<String, Object> row(long id) {
        return jdbc.sql("""
                        select status, attempts, last_error, next_attempt_at, message_id, recipient
                        from mail_outbox where id = :id
                        """).param("id", id).query().singleRow();
    }

    private static MimeMessage single(String recipient) throws Exception {
        List<MimeMessage> mails = Arrays.stream(smtp.getReceivedMessages())
                .filter(mail -> {
                    try {
                        return Arrays.stream(mail.getAllRecipients())
                                .anyMatch(a -> a.toString().equals(recipient));
                    } catch (jakarta.mail.MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
        assertThat(mails).as("mails received by %s", recipient).hasSize(1);
        return mails.get(0);
    }

    private static Parts parts(MimeMessage mail) throws Exception {
        assertThat(mail.getContentType()).startsWith("multipart/alternative");
        MimeMultipart alternative = (MimeMultipart) mail.getContent();
        assertThat(alternative.getCount()).isEqualTo(2);
        assertThat(alternative.getBodyPart(0).getContentType()).startsWith("text/plain; charset=UTF-8");
        assertThat(alternative.getBodyPart(1).getContentType()).startsWith("text/html; charset=UTF-8");
        return new Parts((String) alternative.getBodyPart(0).getContent(), (String)
                alternative.getBodyPart(1).getContent());
    }

    private HttpResponse<String> get(String user, String path) throws Exception {
        String basic = Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                .header("Authorization", "Basic " + basic)
                                .header("Accept-Language", "en")
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    private static String address() {
        // Not under a ".test" domain: these contacts belong to a demo OCMW, and the directory tests search words
        // such as "test" in every organisation's contacts.
        return "c" + UUID.randomUUID().toString().substring(0, 12) + "@outbox.example";
    }

    private static GreenMail startSmtp() {
        return TestOutbox.startSmtp(SMTP_PORT);
    }

    private static int freePort() {
        return TestOutbox.freePort();
    }
}

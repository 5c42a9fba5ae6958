package be.miis.frontdesk.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.miis.frontdesk.shared.ContentLanguage;
import be.miis.frontdesk.test.FrontdeskModuleTest;
import be.miis.frontdesk.ticket.Channel;
import be.miis.frontdesk.ticket.TicketService;
import be.miis.frontdesk.ticket.TicketView;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import jakarta.mail.UIDFolder;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.util.unit.DataSize;

/**
 * Intake over real SMTP and IMAP (GreenMail in the test JVM, a fresh server per test): mail becomes tickets exactly
 * once, threads into its ticket, gets an acknowledgement only when one is due, and a broken mail waits in the
 * quarantine without stopping the mailbox (issue #16, docs/mail.md "Intake"). Each test polls a mailbox of its own
 * name, so that the stored positions of the tests never meet.
 */
@FrontdeskModuleTest
@Import(MailIntakeIT.Acknowledgements.class)
// Small batches, so that the ten mails of one sender are taken over several of them.
@TestPropertySource(properties = "frontdesk.mail.batch-size=4")
class MailIntakeIT {

    private static final String DESK = "desk@mi-is.test";

    @RegisterExtension
    static final GreenMailExtension mailServer = new GreenMailExtension(
            new ServerSetup[] {ServerSetupTest.SMTP.dynamicPort(), ServerSetupTest.IMAP.dynamicPort()});

    @Autowired
    MailboxPoller poller;

    @Autowired
    MailIntake intake;

    @Autowired
    TicketService tickets;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RecordingSink acknowledgements;

    @Autowired
    MailQuarantine quarantine;

    @Autowired
    IntakeRecords records;

    MailProperties.Mailbox mailbox;
    String run;
    long organisation;
    long contact;
    String contactAddress;
    String domain;

    @BeforeEach
    void mailboxAndACpas() {
        mailServer.setUser(DESK, DESK, "secret");
        run = UUID.randomUUID().toString().substring(0, 8);
        mailbox = TestMail.mailbox("test-" + run, mailServer.getImap().getPort(), MailProperties.Security.NONE);
        domain = "cpas-" + run + ".test";
        organisation = organisation(domain);
        contactAddress = "marie.dubois@" + domain;
        contact = jdbc.sql("""
                        insert into contact (organisation_id, first_name, last_name, email, preferred_language,
                                             search_text, created_at, updated_at)
                        values (:org, 'Marie', 'Dubois', :email, 'fr', 'marie dubois', now(), now()) returning id
                        """)
                .param("org", organisation)
                .param("email", "Marie.Dubois@" + domain.toUpperCase())
                .query(Long.class)
                .single();
    }

    @Test
    void aFrenchMailFromAKnownContactBecomesAFrenchTicketOfItsCpasWithAnAcknowledgement() throws Exception {
        send("""
                From: Marie Dubois <%s>
                To: %s
                Subject: Question sur le RIS d'un étudiant
                Message-ID: <q1-%s@cpas.test>
                Date: Wed, 02 Dec 2026 08:30:00 +0000
                Content-Type: text/plain; charset=UTF-8

                Bonjour, un étudiant qui travaille pendant les vacances garde-t-il son revenu d'intégration ?
                """.formatted(contactAddress, DESK, run));

        poller.poll(mailbox);

        TicketView ticket = onlyTicketOf(contactAddress);
        assertThat(ticket.channel()).isEqualTo(Channel.EMAIL);
        assertThat(ticket.language()).isEqualTo(ContentLanguage.FR);
        assertThat(ticket.organisation().id()).isEqualTo(organisation);
        assertThat(ticket.contact().id()).isEqualTo(contact);
        assertThat(ticket.subject()).isEqualTo("Question sur le RIS d'un étudiant");
        assertThat(ticket.description()).startsWith("Bonjour, un étudiant qui travaille");
        assertThat(ticket.receivedAt()).isEqualTo(Instant.parse("2026-12-02T08:30:00Z"));
        assertThat(ticket.domainCode()).isEqualTo("OTHER");

        assertThat(acknowledgements.to(contactAddress)).singleElement().satisfies(ack -> {
            assertThat(ack.ticketId()).isEqualTo(ticket.id());
            assertThat(ack.reference()).isEqualTo(ticket.reference());
            assertThat(ack.language()).isEqualTo(ContentLanguage.FR);
            assertThat(ack.inReplyTo()).isEqualTo("q1-" + run + "@cpas.test");
            assertThat(ack.subject()).isEqualTo("Question sur le RIS d'un étudiant");
            assertThat(ack.receivedAt()).isEqualTo(ticket.receivedAt());
        });
        assertThat(serverFlags()).singleElement().satisfies(flags -> {
            assertThat(flags.contains(Flags.Flag.SEEN)).isTrue();
            assertThat(flags.contains(MailboxPoller.TAKEN_FLAG) || flags.contains(Flags.Flag.FLAGGED))
                    .isTrue();
        });
        assertThat(jdbc.sql("select last_uid > 0 and last_success_at is not null and last_error is null"
                                + " from mailbox_state where name = :name")
                        .param("name", mailbox.name())
                        .query(Boolean.class)
                        .single())
                .isTrue();
    }

    @Test
    void anUnknownAddressOfAKnownDomainIsTheCpasAndAStrangerIsLeftForTheAgentToLink() throws Exception {
        String colleague = "accueil@" + domain;
        String stranger = "hans-" + run + "@example.test";
        // A domain two organisations share does not say which of them wrote.
        String shared = "shared-" + run + ".test";
        organisation(shared);
        organisation(shared, "other-" + run + ".test");
        String ofTwo = "info@" + shared;
        send(plain(colleague, "Prime chauffage", "Bonjour, le CPAS peut-il payer la prime pour une famille ?"));
        send(plain(stranger, "Heizölfonds", "Guten Tag, kann das ÖSHZ die Prämie für eine Familie zahlen?"));
        send(plain(ofTwo, "Prime", "Bonjour, le CPAS doit-il payer la prime pour une famille ?"));

        poller.poll(mailbox);

        TicketView ofTheCpas = onlyTicketOf(colleague);
        assertThat(ofTheCpas.organisation().id()).isEqualTo(organisation);
        assertThat(ofTheCpas.contact()).isNull();
        assertThat(ofTheCpas.language()).isEqualTo(ContentLanguage.FR);

        TicketView ofAStranger = onlyTicketOf(stranger);
        assertThat(ofAStranger.organisation()).isNull();
        assertThat(ofAStranger.language()).isEqualTo(ContentLanguage.DE);
        assertThat(ofAStranger.entries())
                .anySatisfy(entry -> assertThat(entry.body()).isEqualTo("From: " + stranger));
        assertThat(acknowledgements.to(stranger)).hasSize(1);

        TicketView ofEither = onlyTicketOf(ofTwo);
        assertThat(ofEither.organisation()).isNull();
        assertThat(ofEither.language()).isEqualTo(ContentLanguage.FR);
    }

    @Test
    void repliesByReferenceAndByInReplyToJoinTheirTicketAndAReplyReopensAnAnsweredOne() throws Exception {
        send(plain(contactAddress, "Question RIS", "Bonjour, une question sur le revenu d'intégration."));
        poller.poll(mailbox);
        TicketView ticket = onlyTicketOf(contactAddress);
        tickets.answer(ticket.reference(), ticket.version(), "Oui, il le garde.", Channel.EMAIL, "agent");
        // The answer as the outbox sends it: our Message-ID recorded with the ticket.
        String ours = "answer-" + run + "@frontdesk.localhost";
        jdbc.sql("""
                        insert into mail_message (direction, message_id, ticket_id, sender, recipient, subject, at)
                        values ('OUT', :id, :ticket, 'frontdesk@localhost', :to, 'Re: Question RIS', now())
                        """)
                .param("id", ours)
                .param("ticket", ticket.id())
                .param("to", contactAddress)
                .update();

        send(plain(contactAddress, "RE: TR: [" + ticket.reference().toLowerCase() + "] Question RIS", "Merci !"));
        send("""
                From: %s
                To: %s
                Subject: Une autre précision
                In-Reply-To: <%s>
                References: <unknown-%s@elsewhere.test> <%s>

                Et pour un étudiant majeur ?
                """.formatted(contactAddress, DESK, ours, run, ours));
        poller.poll(mailbox);

        TicketView after = tickets.get(ticket.reference(), "agent");
        assertThat(ticketsOf(contactAddress)).containsOnly(ticket.id());
        assertThat(after.status().name()).isNotEqualTo("ANSWERED");
        assertThat(after.entries())
                .filteredOn(entry -> entry.kind().name().equals("INCOMING"))
                .extracting(entry -> entry.body())
                .contains("Merci !", "Et pour un étudiant majeur ?");
        // Replies get no acknowledgement: only the question did.
        assertThat(acknowledgements.to(contactAddress)).hasSize(1);
    }

    @Test
    void outOfOfficeAndMailingListsGetNoAcknowledgementAndBouncesWaitInTheQuarantine() throws Exception {
        String away = "absent-" + run + "@example.test";
        String list = "list-" + run + "@example.test";
        send("""
                From: %s
                To: %s
                Subject: Absent du bureau
                Auto-Submitted: auto-replied
                X-Auto-Response-Suppress: All

                Je suis absente jusqu'au 15 décembre.
                """.formatted(away, DESK));
        send("""
                From: %s
                To: %s
                Subject: Newsletter CPAS
                List-Id: <cpas.lists.example.test>
                Precedence: list

                Les nouvelles du mois pour les CPAS.
                """.formatted(list, DESK));
        String bounce = "mailer-daemon@" + run + ".example.test";
        send("""
                From: Mail Delivery System <%s>
                To: %s
                Subject: Undelivered Mail Returned to Sender
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
                """.formatted(bounce, DESK));

        poller.poll(mailbox);

        assertThat(ticketsOf(away)).hasSize(1);
        assertThat(ticketsOf(list)).hasSize(1);
        assertThat(ticketsOf(bounce)).isEmpty();
        // A report on no mail we sent (none has that recipient): held, never a ticket (docs/mail.md, "Bounces").
        assertThat(quarantined(bounce)).singleElement().satisfies(reason -> assertThat(reason)
                .isEqualTo("a delivery report (multipart/report) on no mail we sent"));
        assertThat(acknowledgements.to(away)).isEmpty();
        assertThat(acknowledgements.to(list)).isEmpty();
        assertThat(acknowledgements.to(bounce)).isEmpty();
        // An out-of-office answering our acknowledgement notes itself on the ticket but does not reopen it.
        send(plain(contactAddress, "Question", "Bonjour, une question sur le CPAS."));
        poller.poll(mailbox);
        TicketView ticket = onlyTicketOf(contactAddress);
        tickets.answer(ticket.reference(), ticket.version(), "Voici la réponse.", Channel.EMAIL, "agent");
        send("""
                From: %s
                To: %s
                Subject: Réponse automatique : [%s] Question
                Auto-Submitted: auto-replied

                Je suis absente.
                """.formatted(contactAddress, DESK, ticket.reference()));
        poller.poll(mailbox);
        TicketView after = tickets.get(ticket.reference(), "agent");
        assertThat(after.status().name()).isEqualTo("ANSWERED");
        assertThat(after.entries()).anySatisfy(entry -> assertThat(entry.body()).isEqualTo("Je suis absente."));
    }

    @Test
    void tenMailsFromOneSenderInAMinuteGetAtMostTheAllowedAcknowledgements() throws Exception {
        String busy = "script-" + run + "@example.test";
        for (int i = 1; i <= 10; i++) {
            send(plain(busy, "Question " + i, "Bonjour, voici la question numéro " + i + " pour le CPAS."));
        }

        poller.poll(mailbox);

        // Taken in the order they arrived (UID order), over three batches.
        assertThat(jdbc.sql("select subject from ticket where id in (:ids) order by id")
                        .param("ids", ticketsOf(busy))
                        .query(String.class)
                        .list())
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, 10)
                        .mapToObj(i -> "Question " + i)
                        .toList());
        assertThat(acknowledgements.to(busy)).hasSize(3);
    }

    @Test
    void brokenMimeWaitsInTheQuarantineAndTheMailsAroundItAreReadable() throws Exception {
        String sender = "odd-" + run + "@example.test";
        send("""
                From: %s
                To: %s
                Subject: Cassé
                Content-Type: multipart/mixed; boundary=never-there

                no boundary at all
                """.formatted(sender, DESK));
        send(
                "From: %s\r\nTo: %s\r\nSubject: Latin\r\nContent-Type: text/plain; charset=ISO-8859-1\r\n\r\nDéjà payé par le CPAS ?\r\n"
                        .formatted(sender, DESK),
                StandardCharsets.ISO_8859_1);
        send(
                "From: %s\r\nTo: %s\r\nSubject: Inconnu\r\nContent-Type: text/plain; charset=x-unknown-1258\r\n\r\nRéponse attendue\r\n"
                        .formatted(sender, DESK),
                StandardCharsets.UTF_8);

        poller.poll(mailbox);

        assertThat(quarantined(sender)).singleElement().satisfies(reason -> assertThat(reason)
                .contains("unreadable MIME"));
        byte[] raw = jdbc.sql("select raw from mail_quarantine where sender = :sender")
                .param("sender", sender)
                .query(byte[].class)
                .single();
        assertThat(new String(raw, StandardCharsets.UTF_8)).contains("no boundary at all", "Subject: Cassé");
        assertThat(ticketsOf(sender)).hasSize(2);
        assertThat(jdbc.sql("select description from ticket where id in (:ids) order by description")
                        .param("ids", ticketsOf(sender))
                        .query(String.class)
                        .list())
                .containsExactly("Déjà payé par le CPAS ?", "Réponse attendue");
        // The mailbox went on past the bad mail: all three are flagged and behind the stored position.
        assertThat(serverFlags()).hasSize(3).allSatisfy(flags -> assertThat(flags.contains(Flags.Flag.SEEN))
                .isTrue());
    }

    @Test
    void aMailWithATwentyMegabyteAttachmentBecomesAReadableTicket() throws Exception {
        String attachment = java.util.Base64.getMimeEncoder()
                .encodeToString(new byte[20 * 1024 * 1024])
                .replace("\r\n", "\n");
        send("""
                From: %s
                To: %s
                Subject: Scan du dossier
                Content-Type: multipart/mixed; boundary=m

                --m
                Content-Type: text/plain; charset=UTF-8

                Bonjour, voici le dossier scanné en pièce jointe.
                --m
                Content-Type: application/pdf; name=dossier.pdf
                Content-Disposition: attachment; filename=dossier.pdf
                Content-Transfer-Encoding: base64

                %s
                --m--
                """.formatted(contactAddress, DESK, attachment));

        poller.poll(mailbox);

        TicketView ticket = onlyTicketOf(contactAddress);
        assertThat(ticket.description()).isEqualTo("Bonjour, voici le dossier scanné en pièce jointe.");
        // Kept (under the 25 MB cap), and listed on the question (docs/mail.md, "Attachments").
        assertThat(ticket.entries().get(0).attachments()).singleElement().satisfies(scan -> {
            assertThat(scan.name()).isEqualTo("dossier.pdf");
            assertThat(scan.size()).isEqualTo(20 * 1024 * 1024);
            assertThat(scan.kept()).isTrue();
        });
    }

    @Test
    void aMailOverTheSizeLimitWaitsInTheQuarantineWithItsHeadersAndTheMailboxGoesOn() throws Exception {
        MailProperties.Mailbox small = new MailProperties.Mailbox(
                mailbox.imap(), mailbox.defaultLanguage(), mailbox.defaultDomain(), DataSize.ofKilobytes(64));
        String big = "big-" + run + "@example.test";
        send(plain(big, "Énorme", "Bonjour. " + "x".repeat(100 * 1024)));
        send(plain(contactAddress, "Petite question", "Bonjour, une petite question pour le CPAS."));

        poller.poll(small);

        assertThat(ticketsOf(big)).isEmpty();
        assertThat(quarantined(big)).singleElement().satisfies(reason -> assertThat(reason)
                .startsWith("too large"));
        String kept = new String(
                jdbc.sql("select raw from mail_quarantine where sender = :sender")
                        .param("sender", big)
                        .query(byte[].class)
                        .single(),
                StandardCharsets.ISO_8859_1);
        assertThat(kept).contains("Subject: ").doesNotContain("xxxxxxxx");
        assertThat(ticketsOf(contactAddress)).hasSize(1);
        // Offered again (a crash before the position was stored): held once all the same.
        jdbc.sql("update mailbox_state set last_uid = 0 where name = :name")
                .param("name", mailbox.name())
                .update();

        poller.poll(small);

        assertThat(quarantined(big)).hasSize(1);
        assertThat(ticketsOf(contactAddress)).hasSize(1);
    }

    @Test
    void aCrashBetweenTheCommitAndTheFlagCreatesNoSecondTicket() throws Exception {
        send(plain(contactAddress, "Question", "Bonjour, une question sur le revenu d'intégration."));
        // The first run took the mail and died before flagging it or storing its UID.
        Unflagged mail = unflagged();
        assertThat(intake.take(mailbox, mail.uid(), mail.raw())).isEqualTo(MailIntake.Outcome.OPENED);
        assertThat(serverFlags()).singleElement().satisfies(flags -> assertThat(flags.contains(Flags.Flag.SEEN))
                .isFalse());

        poller.poll(mailbox);

        assertThat(ticketsOf(contactAddress)).hasSize(1);
        assertThat(acknowledgements.to(contactAddress)).hasSize(1);
        assertThat(serverFlags()).singleElement().satisfies(flags -> assertThat(flags.contains(Flags.Flag.SEEN))
                .isTrue());
    }

    @Test
    void aMailWithoutMessageIdIsKnownByItsBytesAndAlsoTakenOnce() throws Exception {
        send(plain(contactAddress, "Sans identifiant", "Bonjour, mon programme de mail n'ajoute pas de Message-ID."));
        Unflagged mail = unflagged();
        assertThat(new String(mail.raw(), StandardCharsets.UTF_8)).doesNotContainIgnoringCase("Message-ID:");
        assertThat(intake.take(mailbox, mail.uid(), mail.raw())).isEqualTo(MailIntake.Outcome.OPENED);

        poller.poll(mailbox);

        assertThat(ticketsOf(contactAddress)).hasSize(1);
        assertThat(acknowledgements.to(contactAddress)).singleElement().satisfies(ack -> assertThat(ack.inReplyTo())
                .isEmpty());
    }

    @Test
    void anUnreachableMailboxIsRecordedAsFailingWithoutAnError() {
        MailProperties.Mailbox wrong = new MailProperties.Mailbox(
                new MailProperties.Imap(
                        "test-" + run,
                        "127.0.0.1",
                        mailServer.getImap().getPort(),
                        MailProperties.Security.NONE,
                        DESK,
                        "not-the-secret",
                        "INBOX",
                        Duration.ofSeconds(10)),
                ContentLanguage.NL,
                "OTHER",
                DataSize.ofMegabytes(30));

        poller.poll(wrong);

        assertThat(jdbc.sql("select last_error from mailbox_state where name = :name")
                        .param("name", wrong.name())
                        .query(String.class)
                        .single())
                .contains("AuthenticationFailedException");
    }

    @Test
    void mailAnotherClientReadBeforeThePollIsStillTaken() throws Exception {
        send(plain(contactAddress, "Question", "Bonjour, une question lue par un collègue."));
        try (Store store = imap()) {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_WRITE);
            inbox.setFlags(1, inbox.getMessageCount(), new Flags(Flags.Flag.SEEN), true);
            inbox.close(false);
        }

        poller.poll(mailbox);

        assertThat(ticketsOf(contactAddress)).hasSize(1);
    }

    @Test
    void aChangedUidValidityTakesNothingTwice() throws Exception {
        send(plain(contactAddress, "Première", "Bonjour, une première question."));
        send(plain(contactAddress, "Deuxième", "Bonjour, une deuxième question."));
        poller.poll(mailbox);
        assertThat(ticketsOf(contactAddress)).hasSize(2);
        // The server renumbered the folder: the stored UIDVALIDITY is no longer the server's.
        jdbc.sql("update mailbox_state set uid_validity = uid_validity + 1 where name = :name")
                .param("name", mailbox.name())
                .update();
        send(plain(contactAddress, "Troisième", "Bonjour, une troisième question."));

        poller.poll(mailbox);

        assertThat(ticketsOf(contactAddress)).hasSize(3);
        assertThat(acknowledgements.to(contactAddress)).hasSize(3);
    }

    /** A French-speaking CPAS with these mail domains. */
    private long organisation(String... domains) {
        return TestMail.organisation(jdbc, run, domains);
    }

    @Test
    void anAdminRetriesAHeldMailIntoATicketAndABrokenOneStaysHeldWithItsReason() throws Exception {
        // A readable mail that an earlier failure (the database went away) left in the quarantine.
        String sender = "later-" + run + "@example.test";
        String key = "held-" + run + "@example.test";
        byte[] raw = ("From: %s\r\nTo: %s\r\nMessage-ID: <%s>\r\nSubject: Pas encore\r\n"
                        + "Content-Type: text/plain; charset=UTF-8\r\n\r\nUne question restée en quarantaine.\r\n")
                .formatted(sender, DESK, key)
                .getBytes(StandardCharsets.UTF_8);
        Instant at = Instant.parse("2026-12-01T10:00:00Z");
        records.recordReceived(key, mailbox.name(), 99, null, sender, "Pas encore", at);
        records.quarantine(mailbox.name(), 99, key, at, sender, "Pas encore", "CannotGetJdbcConnection", raw);
        long held = jdbc.sql("select id from mail_quarantine where message_key = :key")
                .param("key", key)
                .query(Long.class)
                .single();
        assertThat(quarantine.held(null, 200)).extracting(QuarantinedMail::id).contains(held);

        MailQuarantine.RetryOutcome retried = quarantine.retry(held);

        assertThat(retried.outcome()).isEqualTo("OPENED");
        assertThat(ticketsOf(sender)).hasSize(1);
        assertThat(onlyTicketOf(sender).description()).isEqualTo("Une question restée en quarantaine.");
        assertThat(quarantined(sender)).isEmpty();
        assertThat(quarantine.held(null, 200)).extracting(QuarantinedMail::id).doesNotContain(held);
        assertThatThrownBy(() -> quarantine.retry(held)).isInstanceOf(QuarantinedMailNotFoundException.class);

        // A mail that still cannot be read stays held, with the reason, and keeps its record: offered again, it is
        // not held twice.
        String odd = "still-odd-" + run + "@example.test";
        send("""
                From: %s
                To: %s
                Subject: Toujours cassé
                Content-Type: multipart/mixed; boundary=never-there

                no boundary at all
                """.formatted(odd, DESK));
        poller.poll(mailbox);
        long broken = jdbc.sql("select id from mail_quarantine where sender = :sender")
                .param("sender", odd)
                .query(Long.class)
                .single();

        MailQuarantine.RetryOutcome again = quarantine.retry(broken);

        assertThat(again.outcome()).isEqualTo("QUARANTINED");
        assertThat(again.reason()).contains("unreadable MIME");
        assertThat(quarantined(odd)).singleElement().satisfies(reason -> assertThat(reason)
                .contains("unreadable MIME"));
        assertThat(jdbc.sql("select count(*) from mail_message where direction = 'IN' and sender = :sender")
                        .param("sender", odd)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(ticketsOf(odd)).isEmpty();
    }

    private TicketView onlyTicketOf(String sender) {
        List<Long> ids = ticketsOf(sender);
        assertThat(ids).hasSize(1);
        String reference = jdbc.sql("select reference from ticket where id = :id")
                .param("id", ids.get(0))
                .query(String.class)
                .single();
        return tickets.get(reference, "agent");
    }

    private List<Long> ticketsOf(String sender) {
        return jdbc.sql("""
                        select distinct ticket_id from mail_message
                        where direction = 'IN' and sender = :sender and ticket_id is not null
                        """).param("sender", sender).query(Long.class).list();
    }

    private List<String> quarantined(String sender) {
        return jdbc.sql("select reason from mail_quarantine where sender = :sender and status = 'HELD'")
                .param("sender", sender)
                .query(String.class)
                .list();
    }

    private static String plain(String from, String subject, String text) {
        return "From: %s\nTo: %s\nSubject: %s\nContent-Type: text/plain; charset=UTF-8\n\n%s\n"
                .formatted(from, DESK, subject, text);
    }

    private void send(String raw) throws Exception {
        send(raw.replace("\r\n", "\n").replace("\n", "\r\n"), StandardCharsets.UTF_8);
    }

    /** Over SMTP, byte for byte as written (no headers added or rewritten by the client). */
    private void send(String raw, Charset charset) throws Exception {
        Properties properties = new Properties();
        properties.setProperty("mail.smtp.host", "127.0.0.1");
        properties.setProperty(
                "mail.smtp.port", Integer.toString(mailServer.getSmtp().getPort()));
        Session session = Session.getInstance(properties);
        MimeMessage message = new MimeMessage(session, new ByteArrayInputStream(raw.getBytes(charset)));
        try (Transport transport = session.getTransport("smtp")) {
            transport.connect();
            transport.sendMessage(message, new InternetAddress[] {new InternetAddress(DESK)});
        }
    }

    private Store imap() throws Exception {
        Store store = Session.getInstance(new Properties()).getStore("imap");
        store.connect("127.0.0.1", mailServer.getImap().getPort(), DESK, "secret");
        return store;
    }

    /** The flags of the messages in the mailbox, oldest first. */
    private List<Flags> serverFlags() throws Exception {
        try (Store store = imap()) {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            List<Flags> flags = java.util.Arrays.stream(inbox.getMessages())
                    .map(message -> {
                        try {
                            return message.getFlags();
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    })
                    .toList();
            inbox.close(false);
            return flags;
        }
    }

    /** The only message of the mailbox as a poll would read it, without marking it. */
    private Unflagged unflagged() throws Exception {
        try (Store store = imap()) {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            Message message = inbox.getMessage(1);
            ByteArrayOutputStream raw = new ByteArrayOutputStream();
            message.writeTo(raw);
            Unflagged mail = new Unflagged(((UIDFolder) inbox).getUID(message), raw.toByteArray());
            inbox.close(false);
            return mail;
        }
    }

    private record Unflagged(long uid, byte[] raw) {}

    /** Records the acknowledgements intake hands over, in place of the outbox. */
    static class RecordingSink implements AcknowledgementSink {

        private final List<Acknowledgement> received = new CopyOnWriteArrayList<>();

        @Override
        public void acknowledge(Acknowledgement acknowledgement) {
            received.add(acknowledgement);
        }

        List<Acknowledgement> to(String recipient) {
            return received.stream()
                    .filter(ack -> ack.recipient().equals(recipient))
                    .toList();
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Acknowledgements {

        /** Preferred over the outbox, where there is one: these tests look only at intake's decisions. */
        @Bean
        @Primary
        RecordingSink recordingAcknowledgementSink() {
            return new RecordingSink();
        }
    }
}

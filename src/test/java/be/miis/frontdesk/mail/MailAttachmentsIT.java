package be.miis.frontdesk.mail;

import static be.miis.frontdesk.mail.MailPartsTests.EXE;
import static be.miis.frontdesk.mail.MailPartsTests.PDF;
import static be.miis.frontdesk.mail.MailPartsTests.PNG;
import static be.miis.frontdesk.mail.MailPartsTests.attachment;
import static be.miis.frontdesk.mail.MailPartsTests.multipart;
import static be.miis.frontdesk.mail.MailPartsTests.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import be.miis.frontdesk.shared.ContentLanguage;
import be.miis.frontdesk.test.FrontdeskModuleTest;
import be.miis.frontdesk.ticket.AttachmentNotFoundException;
import be.miis.frontdesk.ticket.EntryAttachment;
import be.miis.frontdesk.ticket.EntryAttachments;
import be.miis.frontdesk.ticket.EntryKind;
import be.miis.frontdesk.ticket.EntryView;
import be.miis.frontdesk.ticket.TicketService;
import be.miis.frontdesk.ticket.TicketView;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.util.unit.DataSize;

/**
 * Attachments, winmail.dat and HTML of mail taken over real SMTP and IMAP (GreenMail in the test JVM), kept in the
 * database (docs/mail.md, "Attachments"): what the ticket lists, what downloads, what is refused and why. The cap
 * on one attachment is lowered to 1 MB so that a large one is quick to send.
 */
@FrontdeskModuleTest
@TestPropertySource(properties = "frontdesk.mail.attachments.max-size=1MB")
class MailAttachmentsIT {

    private static final String DESK = "desk@mi-is.test";

    @RegisterExtension
    static final GreenMailExtension mailServer = new GreenMailExtension(
            new ServerSetup[] {ServerSetupTest.SMTP.dynamicPort(), ServerSetupTest.IMAP.dynamicPort()});

    @Autowired
    MailboxPoller poller;

    @Autowired
    TicketService tickets;

    @Autowired
    JdbcClient jdbc;

    MailProperties.Mailbox mailbox;
    String sender;

    @BeforeEach
    void mailbox() {
        mailServer.setUser(DESK, DESK, "secret");
        String run = UUID.randomUUID().toString().substring(0, 8);
        mailbox = new MailProperties.Mailbox(
                new MailProperties.Imap(
                        "attach-" + run,
                        "127.0.0.1",
                        mailServer.getImap().getPort(),
                        MailProperties.Security.NONE,
                        DESK,
                        "secret",
                        "INBOX",
                        Duration.ofSeconds(10)),
                ContentLanguage.FR,
                "OTHER",
                DataSize.ofMegabytes(30));
        sender = "accueil-" + run + "@cpas.test";
    }

    @Test
    void aPdfAndAnImageAreKeptListedAndDownloadedAndProgramsAreListedAsNotKept() throws Exception {
        send(multipart(
                "mixed",
                text("Bonjour, voici le dossier et la photo du document."),
                attachment("application/pdf", "dossier.pdf", PDF, null),
                attachment("image/png", "photo.png", PNG, null),
                attachment("application/x-msdownload", "setup.exe", EXE, null),
                attachment("application/pdf", "facture.pdf.exe", EXE, null),
                attachment("application/pdf", "scan.pdf", EXE, null)));

        poller.poll(mailbox);

        TicketView ticket = onlyTicket();
        assertThat(ticket.description()).isEqualTo("Bonjour, voici le dossier et la photo du document.");
        List<EntryAttachment> listed = question(ticket).attachments();
        assertThat(listed)
                .extracting(EntryAttachment::name, EntryAttachment::size, EntryAttachment::notKept)
                .containsExactly(
                        tuple("dossier.pdf", (long) PDF.length, null),
                        tuple("photo.png", (long) PNG.length, null),
                        tuple("setup.exe", (long) EXE.length, EntryAttachments.NotKept.TYPE),
                        tuple("facture.pdf.exe", (long) EXE.length, EntryAttachments.NotKept.TYPE),
                        tuple("scan.pdf", (long) EXE.length, EntryAttachments.NotKept.TYPE));
        assertThat(listed.get(0).href())
                .isEqualTo("/api/v1/tickets/" + ticket.reference() + "/attachments/"
                        + listed.get(0).id());
        assertThat(listed.get(2).href()).isNull();

        EntryAttachments.Download pdf =
                tickets.attachment(ticket.reference(), listed.get(0).id(), "agent");
        assertThat(pdf.name()).isEqualTo("dossier.pdf");
        assertThat(pdf.type()).isEqualTo("application/pdf");
        assertThat(pdf.content().getContentAsByteArray()).isEqualTo(PDF);
        EntryAttachments.Download png =
                tickets.attachment(ticket.reference(), listed.get(1).id(), "agent");
        assertThat(png.type()).isEqualTo("image/png");
        assertThat(png.content().getContentAsByteArray()).isEqualTo(PNG);
        // Opening an attachment shows personal data: audited as opening the ticket is.
        assertThat(jdbc.sql("""
                                select count(*) from audit_event where actor = 'agent' and action = 'VIEWED'
                                and target_type = 'ticket' and target_id = :reference and details = :details
                                """)
                        .param("reference", ticket.reference())
                        .param("details", "attachment " + listed.get(0).id())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        // A refused attachment has nothing to download, and an attachment is only found on its own ticket.
        assertThatThrownBy(() ->
                        tickets.attachment(ticket.reference(), listed.get(2).id(), "agent"))
                .isInstanceOf(AttachmentNotFoundException.class);
        send(multipart("mixed", text("Une autre question."), attachment("application/pdf", "autre.pdf", PDF, null)));
        poller.poll(mailbox);
        String other = jdbc.sql("select reference from ticket where id <> :id and id in (select ticket_id from"
                        + " mail_message where sender = :sender)")
                .param("id", ticket.id())
                .param("sender", sender)
                .query(String.class)
                .single();
        assertThatThrownBy(() -> tickets.attachment(other, listed.get(0).id(), "agent"))
                .isInstanceOf(AttachmentNotFoundException.class);
    }

    @Test
    void anAttachmentOverTheCapIsListedAsNotKeptAndTheTicketKeepsItsText() throws Exception {
        byte[] large = new byte[1024 * 1024 + 1];
        System.arraycopy(PDF, 0, large, 0, PDF.length);
        send(multipart(
                "mixed",
                text("Le scan complet est joint."),
                attachment("application/pdf", "scan-complet.pdf", large, null),
                attachment("application/pdf", "page-1.pdf", PDF, null)));

        poller.poll(mailbox);

        TicketView ticket = onlyTicket();
        assertThat(ticket.description()).isEqualTo("Le scan complet est joint.");
        assertThat(question(ticket).attachments())
                .extracting(EntryAttachment::name, EntryAttachment::size, EntryAttachment::notKept)
                .containsExactly(
                        tuple("scan-complet.pdf", (long) large.length, EntryAttachments.NotKept.SIZE),
                        tuple("page-1.pdf", (long) PDF.length, null));
    }

    @Test
    void aWinmailDatBecomesItsAttachmentsAndItsBodyTheTicketsText() throws Exception {
        byte[] winmail = MailPartsTests.fixture("/mail/tnef/quick-winmail.dat");
        send(multipart("mixed", attachment("application/ms-tnef", "winmail.dat", winmail, null)));

        poller.poll(mailbox);

        TicketView ticket = onlyTicket();
        assertThat(ticket.description()).startsWith("These are five files.");
        List<EntryAttachment> listed = question(ticket).attachments();
        assertThat(listed)
                .extracting(EntryAttachment::name, EntryAttachment::notKept)
                .containsExactly(
                        tuple("quick.doc", null),
                        tuple("quick.html", EntryAttachments.NotKept.TYPE),
                        tuple("quick.pdf", null),
                        tuple("quick.txt", null),
                        tuple("quick.xml", null));
        EntryAttachments.Download pdf =
                tickets.attachment(ticket.reference(), listed.get(2).id(), "agent");
        assertThat(pdf.type()).isEqualTo("application/pdf");
        assertThat(pdf.content().getContentAsByteArray()).hasSize(18638).startsWith("%PDF-".getBytes());
        assertThat(new String(
                        tickets.attachment(ticket.reference(), listed.get(3).id(), "agent")
                                .content()
                                .getContentAsByteArray(),
                        StandardCharsets.UTF_8))
                .startsWith("The quick brown fox jumps over the lazy dog");
    }

    @Test
    void anHtmlOnlyMailIsReadableTextAndItsFormattingIsSanitisedWithItsOwnImagesOnly() throws Exception {
        send(multipart("related", """
                Content-Type: text/html; charset=UTF-8

                <html><body><p onclick="steal()">Bonjour,</p><p>le <b>formulaire</b> est en annexe.
                <img src="cid:signature@cpas" alt="Signature" onerror="alert(1)">
                <img src="http://tracker.example/open.gif?id=7"></p><script>alert('x')</script></body></html>
                """, attachment("image/png", "signature.png", PNG, "<signature@cpas>")));

        poller.poll(mailbox);

        TicketView ticket = onlyTicket();
        assertThat(ticket.description()).isEqualTo("Bonjour,\nle formulaire est en annexe.");
        EntryView question = question(ticket);
        assertThat(question.formattedMail()).isNotNull();
        long image = question.attachments().get(0).id();
        String shown = tickets.formattedMail(
                ticket.reference(), question.formattedMail(), id -> "/attachments/" + id, "agent");
        assertThat(shown)
                .contains("<b>formulaire</b>", "<img src=\"/attachments/" + image + "\" alt=\"Signature\">")
                .doesNotContain("script", "alert", "onclick", "onerror", "tracker", "http:");
        assertThat(jdbc.sql("select html from mail_entry where ticket_id = :id")
                        .param("id", ticket.id())
                        .query(String.class)
                        .single())
                .doesNotContain("script", "onerror", "tracker");
        assertThat(jdbc.sql("""
                                select count(*) from audit_event where actor = 'agent' and target_id = :reference
                                and details = :details
                                """)
                        .param("reference", ticket.reference())
                        .param("details", "mail " + question.formattedMail())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aReplysAttachmentsAreListedOnTheReply() throws Exception {
        send(multipart("mixed", text("Première question.")));
        poller.poll(mailbox);
        TicketView ticket = onlyTicket();
        send(multipart(
                        "mixed",
                        text("Voici le document demandé."),
                        attachment("application/pdf", "attestation.pdf", PDF, null))
                .replace("Subject: Pièces", "Subject: RE: [" + ticket.reference() + "] Pièces"));

        poller.poll(mailbox);

        TicketView replied = tickets.get(ticket.reference(), "agent");
        assertThat(question(replied).attachments()).isEmpty();
        EntryView reply = replied.entries().stream()
                .filter(e -> e.kind() == EntryKind.INCOMING)
                .reduce((first, second) -> second)
                .orElseThrow();
        assertThat(reply.body()).isEqualTo("Voici le document demandé.");
        assertThat(reply.attachments()).extracting(EntryAttachment::name).containsExactly("attestation.pdf");
        assertThat(reply.formattedMail()).isNull();
    }

    private TicketView onlyTicket() {
        List<String> references =
                jdbc.sql("""
                        select reference from ticket where id in
                        (select ticket_id from mail_message where direction = 'IN' and sender = :sender)
                        """).param("sender", sender).query(String.class).list();
        assertThat(references).hasSize(1);
        return tickets.get(references.get(0), "agent");
    }

    private static EntryView question(TicketView ticket) {
        return ticket.entries().stream()
                .filter(e -> e.kind() == EntryKind.INCOMING)
                .findFirst()
                .orElseThrow();
    }

    /** Over SMTP, byte for byte as written, from this test's sender. */
    private void send(String raw) throws Exception {
        String mail = raw.replace("From: a@cpas.test", "From: " + sender + "\nTo: " + DESK)
                .replace("\r\n", "\n")
                .replace("\n", "\r\n");
        Properties properties = new Properties();
        properties.setProperty("mail.smtp.host", "127.0.0.1");
        properties.setProperty(
                "mail.smtp.port", Integer.toString(mailServer.getSmtp().getPort()));
        Session session = Session.getInstance(properties);
        MimeMessage message = new MimeMessage(session, new ByteArrayInputStream(mail.getBytes(StandardCharsets.UTF_8)));
        try (Transport transport = session.getTransport("smtp")) {
            transport.connect();
            transport.sendMessage(message, new InternetAddress[] {new InternetAddress(DESK)});
        }
    }
}

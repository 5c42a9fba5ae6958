package be.miis.frontdesk.mail;

import static be.miis.frontdesk.mail.MailPartsTests.PDF;
import static be.miis.frontdesk.mail.MailPartsTests.attachment;
import static be.miis.frontdesk.mail.MailPartsTests.multipart;
import static be.miis.frontdesk.mail.MailPartsTests.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.miis.frontdesk.shared.ContentLanguage;
import be.miis.frontdesk.test.FrontdeskModuleTest;
import be.miis.frontdesk.ticket.EntryAttachment;
import be.miis.frontdesk.ticket.EntryKind;
import be.miis.frontdesk.ticket.TicketService;
import be.miis.frontdesk.ticket.TicketView;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

/**
 * Attachments kept in a folder ({@code frontdesk.mail.attachments.folder}, docs/mail.md "Attachments"): the file is
 * written under a generated name before the commit and the row names it; when the transaction rolls back, the file
 * goes too.
 */
@FrontdeskModuleTest
class MailAttachmentFolderIT {

    static final Path FOLDER = temporaryFolder();

    @DynamicPropertySource
    static void folder(DynamicPropertyRegistry registry) {
        registry.add("frontdesk.mail.attachments.folder", FOLDER::toString);
    }

    @Autowired
    MailIntake intake;

    @Autowired
    AttachmentStore store;

    @Autowired
    TicketService tickets;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    final MailProperties.Mailbox mailbox = new MailProperties.Mailbox(
            new MailProperties.Imap(
                    "folder-" + UUID.randomUUID().toString().substring(0, 8),
                    "127.0.0.1",
                    143,
                    MailProperties.Security.NONE,
                    null,
                    null,
                    "INBOX",
                    Duration.ofSeconds(10)),
            ContentLanguage.FR,
            "OTHER",
            DataSize.ofMegabytes(30));

    @Test
    void aKeptAttachmentIsAFileUnderAGeneratedNameThatTheRowNames() throws Exception {
        String sender = "folder-" + UUID.randomUUID() + "@cpas.test";
        MailIntake.Outcome outcome = intake.take(
                mailbox,
                1,
                raw(multipart(
                                "mixed",
                                text("Le dossier est joint."),
                                attachment("application/pdf", "../dossier.pdf", PDF, null))
                        .replace("From: a@cpas.test", "From: " + sender)));

        assertThat(outcome).isEqualTo(MailIntake.Outcome.OPENED);
        String reference = jdbc.sql("select reference from ticket where id ="
                        + " (select ticket_id from mail_message where sender = :sender)")
                .param("sender", sender)
                .query(String.class)
                .single();
        TicketView ticket = tickets.get(reference, "agent");
        EntryAttachment listed = ticket.entries().stream()
                .filter(e -> e.kind() == EntryKind.INCOMING)
                .findFirst()
                .orElseThrow()
                .attachments()
                .get(0);
        assertThat(listed.name()).isEqualTo("dossier.pdf");
        String path = jdbc.sql("select path from mail_attachment where id = :id and content is null")
                .param("id", listed.id())
                .query(String.class)
                .single();
        // The sender's name is never a file name here.
        assertThat(path).matches("[0-9a-f]{2}/[0-9a-f-]{36}").doesNotContain("dossier");
        assertThat(Files.readAllBytes(FOLDER.resolve(path))).isEqualTo(PDF);
        assertThat(tickets.attachment(reference, listed.id(), "agent").content().getContentAsByteArray())
                .isEqualTo(PDF);
    }

    @Test
    void theFilesOfARolledBackTransactionAreDeleted() throws Exception {
        MailParts parts = store.read(InboundMail.of(raw(multipart(
                "mixed",
                text("Deux pièces."),
                attachment("application/pdf", "a.pdf", PDF, null),
                attachment("application/pdf", "b.pdf", PDF, null)))));
        UUID entry = UUID.randomUUID();
        List<Path> before = files();
        List<List<Path>> during = new java.util.ArrayList<>();

        assertThatThrownBy(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
                    store.keep(424242, entry, "rollback-" + entry, parts, Instant.parse("2026-12-02T09:00:00Z"));
                    during.add(files());
                    // Whatever fails after the files were written (the ticket, the record of the mail) rolls back.
                    throw new IllegalStateException("the transaction fails after the files were written");
                }))
                .isInstanceOf(IllegalStateException.class);

        assertThat(during.get(0)).hasSize(before.size() + 2);
        assertThat(files()).containsExactlyInAnyOrderElementsOf(before);
        assertThat(jdbc.sql("select count(*) from mail_entry where entry_uid = :entry")
                        .param("entry", entry)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    private static List<Path> files() {
        try (Stream<Path> walk = Files.walk(FOLDER)) {
            return walk.filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static byte[] raw(String mail) {
        return mail.replace("\r\n", "\n").replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    private static Path temporaryFolder() {
        try {
            Path folder = Files.createTempDirectory("frontdesk-attachments");
            folder.toFile().deleteOnExit();
            return folder;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

package be.miis.frontdesk.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import be.miis.frontdesk.ticket.EntryAttachments.NotKept;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/**
 * Reading a mail's attachments, winmail.dat and HTML, without Spring: what is kept, what is refused and why
 * (docs/mail.md, "Attachments").
 */
class MailPartsTests {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj << >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    static final byte[] PNG = Base64.getDecoder()
            .decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
    static final byte[] EXE =
            "MZ\u0090\u0000this program cannot be run in DOS mode".getBytes(StandardCharsets.ISO_8859_1);

    final AttachmentRules rules = rules(DataSize.ofMegabytes(25), DataSize.ofMegabytes(25));

    @Test
    void keepsAPdfAndAnInlineImageAndRefusesProgramsHoweverTheyAreDressed() {
        MailParts parts = read(
                rules,
                multipart(
                        "mixed",
                        text("Bonjour, voici le dossier."),
                        attachment("application/pdf", "dossier.pdf", PDF, null),
                        attachment("image/png", "logo.png", PNG, "<logo@cpas>"),
                        attachment("application/x-msdownload", "setup.exe", EXE, null),
                        attachment("application/pdf", "facture.pdf.exe", EXE, null),
                        // A program called a PDF, declared as one: its first bytes give it away.
                        attachment("application/pdf", "scan.pdf", EXE, null),
                        // A PDF with a program's type.
                        attachment("application/x-msdownload", "note.pdf", PDF, null),
                        attachment("text/x-shellscript", "run.sh", "#!/bin/sh\nrm -rf /\n".getBytes(), null)));

        assertThat(parts.attachments())
                .extracting(MailParts.Found::name, MailParts.Found::type, MailParts.Found::notKept)
                .containsExactly(
                        tuple("dossier.pdf", "application/pdf", null),
                        tuple("logo.png", "image/png", null),
                        tuple("setup.exe", "application/x-msdownload", NotKept.TYPE),
                        tuple("facture.pdf.exe", "application/pdf", NotKept.TYPE),
                        tuple("scan.pdf", "application/pdf", NotKept.TYPE),
                        tuple("note.pdf", "application/x-msdownload", NotKept.TYPE),
                        tuple("run.sh", "text/x-shellscript", NotKept.TYPE));
        assertThat(parts.attachments().get(0).content()).isEqualTo(PDF);
        assertThat(parts.attachments().get(0).size()).isEqualTo(PDF.length);
        assertThat(parts.attachments().get(1).contentId()).isEqualTo("logo@cpas");
        assertThat(parts.attachments().get(2).content()).isNull();
        assertThat(parts.attachments().get(2).size()).isEqualTo(EXE.length);
        assertThat(parts.html()).isNull();
    }

    @Test
    void anAttachmentOverTheCapAndOnesBeyondTheMailsTotalAreListedAsNotKept() {
        AttachmentRules small = rules(DataSize.ofBytes(100), DataSize.ofBytes(150));
        byte[] big = new byte[101];
        big[0] = '%';
        byte[] eighty = new byte[80];

        MailParts parts = read(
                small,
                multipart(
                        "mixed",
                        text("Trois pièces."),
                        attachment("application/pdf", "big.pdf", big, null),
                        attachment("application/pdf", "a.pdf", eighty, null),
                        attachment("application/pdf", "b.pdf", eighty, null),
                        attachment("text/plain", "c.txt", new byte[60], null)));

        assertThat(parts.attachments())
                .extracting(MailParts.Found::name, MailParts.Found::size, MailParts.Found::notKept)
                .containsExactly(
                        tuple("big.pdf", 101L, NotKept.SIZE),
                        tuple("a.pdf", 80L, null),
                        tuple("b.pdf", 80L, NotKept.TOTAL_SIZE),
                        tuple("c.txt", 60L, null));
    }

    @Test
    void aWinmailDatIsUnpackedIntoItsAttachmentsAndItsText() throws IOException {
        byte[] winmail = fixture("/mail/tnef/quick-winmail.dat");

        MailParts parts =
                read(rules, multipart("mixed", attachment("application/ms-tnef", "winmail.dat", winmail, null)));

        assertThat(parts.text()).startsWith("These are five files.").contains("Five files from Hell!");
        assertThat(parts.attachments())
                .extracting(MailParts.Found::name, MailParts.Found::type, MailParts.Found::notKept)
                .containsExactly(
                        tuple("quick.doc", "application/msword", null),
                        // HTML can carry scripts and is shown by any browser it is opened in: never kept.
                        tuple("quick.html", "text/html", NotKept.TYPE),
                        tuple("quick.pdf", "application/pdf", null),
                        tuple("quick.txt", "text/plain", null),
                        tuple("quick.xml", "application/xml", null));
        assertThat(new String(parts.attachments().get(3).content(), StandardCharsets.UTF_8))
                .startsWith("The quick brown fox jumps over the lazy dog")
                .contains("Der schnelle braune Fuchs springt über den faulen Hund");
        assertThat(parts.attachments().get(2).size()).isEqualTo(18638);
        assertThat(new String(parts.attachments().get(2).content(), 0, 5, StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
    }

    @Test
    void aBrokenWinmailDatIsListedAsUnreadable() {
        MailParts parts = read(
                rules,
                multipart(
                        "mixed",
                        text("Voir pièce jointe."),
                        attachment("application/ms-tnef", "winmail.dat", "not TNEF at all".getBytes(), null)));

        assertThat(parts.attachments())
                .extracting(MailParts.Found::name, MailParts.Found::notKept)
                .containsExactly(tuple("winmail.dat", NotKept.UNREADABLE));
        assertThat(parts.text()).isEmpty();
    }

    @Test
    void theHtmlIsKeptSanitisedWithOnlyTheMailsOwnImages() {
        MailParts parts =
                read(rules, multipart("related", """
                        Content-Type: text/html; charset=UTF-8

                        <html><head><style>p{color:red}</style><script>alert('head')</script></head>
                        <body><h2>Prime</h2><p onclick="steal()">Bonjour, <b>voici</b> notre logo
                        <img src="cid:logo@cpas" alt="Logo" onerror="alert(1)">
                        <img src="http://tracker.example/pixel.gif?u=42">
                        <img src="data:image/png;base64,AAAA">
                        <a href="javascript:alert(2)">ici</a> <a href="https://www.mi-is.be">SPP IS</a></p>
                        <script>alert('body')</script><iframe src="https://evil.example"></iframe>
                        <form action="https://evil.example"><input name="p"></form></body></html>
                        """, attachment("image/png", "logo.png", PNG, "<logo@cpas>")));

        String html = parts.html();
        assertThat(html)
                .contains("<h2>Prime</h2>", "<b>voici</b>", "src=\"cid:logo@cpas\"", "alt=\"Logo\"")
                .contains("href=\"https://www.mi-is.be\"", "rel=\"noopener noreferrer nofollow\"")
                .doesNotContain("script", "alert", "onerror", "onclick", "tracker", "data:", "iframe", "form")
                .doesNotContain("style", "color:red", "javascript");

        String shown = MailHtml.shown(html, Map.of("logo@cpas", 42L), id -> "/frontdesk/tickets/T/attachments/" + id);
        assertThat(shown)
                .contains("src=\"/frontdesk/tickets/T/attachments/42\"")
                .doesNotContain("cid:");
        assertThat(MailHtml.shown(html, Map.of(), id -> "/x/" + id)).doesNotContain("<img");
    }

    @Test
    void aForwardedMailIsAnAttachmentAndANameIsMadeSafe() {
        MailParts parts = read(
                rules,
                multipart(
                        "mixed",
                        text("Je vous transfère la question."),
                        """
                        Content-Type: message/rfc822

                        From: x@y.be
                        Subject: Question

                        Texte.
                        """,
                        attachment("application/pdf", "../../windows/évaluation\u0007.pdf", PDF, null)));

        assertThat(parts.attachments())
                .extracting(MailParts.Found::name, MailParts.Found::type, MailParts.Found::notKept)
                .containsExactly(
                        tuple("message.eml", "message/rfc822", null), tuple("évaluation.pdf", "application/pdf", null));
        assertThat(new String(parts.attachments().get(0).content(), StandardCharsets.UTF_8))
                .contains("Subject: Question");
    }

    @Test
    void namesAreCutToTheColumnKeepingTheirExtension() {
        assertThat(AttachmentRules.safeName("a".repeat(300) + ".pdf", "x"))
                .hasSize(255)
                .endsWith(".pdf");
        assertThat(AttachmentRules.safeName("  ", "attachment.png")).isEqualTo("attachment.png");
        assertThat(AttachmentRules.safeName("/etc/passwd", "x")).isEqualTo("passwd");
        assertThat(AttachmentRules.safeName("..\\..\\boot.ini", "x")).isEqualTo("boot.ini");
        assertThat(AttachmentRules.safeName(".htaccess", "x")).isEqualTo("htaccess");
        assertThat(AttachmentRules.extension("rapport.PDF.Exe")).isEqualTo("exe");
    }

    @Test
    void aDownloadIsSentWithItsTypeOnlyWhenTheTypeIsAllowed() {
        assertThat(rules.downloadType("application/pdf; name=x.pdf")).isEqualTo("application/pdf");
        assertThat(rules.downloadType("text/html")).isEqualTo("application/octet-stream");
        assertThat(rules.downloadType("image/svg+xml")).isEqualTo("application/octet-stream");
    }

    static AttachmentRules rules(DataSize maxSize, DataSize maxTotal) {
        return new AttachmentRules(new AttachmentProperties(
                (Path) null,
                maxSize,
                maxTotal,
                List.of(
                        "application/pdf",
                        "image/png",
                        "text/plain",
                        "application/msword",
                        "application/xml",
                        "message/rfc822"),
                List.of("pdf", "png", "txt", "doc", "xml", "eml")));
    }

    private static MailParts read(AttachmentRules rules, String raw) {
        return MailParts.read(
                InboundMail.of(raw.replace("\r\n", "\n").replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8))
                        .message(),
                rules);
    }

    static String multipart(String subtype, String... parts) {
        StringBuilder raw = new StringBuilder("From: a@cpas.test\nSubject: Pièces\nMIME-Version: 1.0\n"
                + "Content-Type: multipart/" + subtype + "; boundary=\"b0\"\n\n");
        for (String part : parts) {
            raw.append("--b0\n").append(part.strip()).append('\n');
        }
        return raw.append("--b0--\n").toString();
    }

    static String text(String text) {
        return "Content-Type: text/plain; charset=UTF-8\n\n" + text;
    }

    static String attachment(String type, String name, byte[] content, String contentId) {
        return "Content-Type: " + type + "; name=\"" + name + "\"\n"
                + "Content-Disposition: " + (contentId == null ? "attachment" : "inline") + "; filename=\"" + name
                + "\"\n" + (contentId == null ? "" : "Content-ID: " + contentId + "\n")
                + "Content-Transfer-Encoding: base64\n\n"
                + Base64.getMimeEncoder().encodeToString(content).replace("\r\n", "\n");
    }

    static byte[] fixture(String path) throws IOException {
        try (InputStream in = MailPartsTests.class.getResourceAsStream(path)) {
            return in.readAllBytes();
        }
    }
}

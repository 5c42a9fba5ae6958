package be.miis.frontdesk.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class InboundMailTests {

    @Test
    void theKeyIsTheMessageIdWithoutBracketsElseTheHashOfTheBytes() throws Exception {
        assertThat(mail("Message-ID: <abc.123@cpas-namur.be>\nFrom: a@b.be\n\nx")
                        .key())
                .isEqualTo("abc.123@cpas-namur.be");
        byte[] without = "From: a@b.be\nSubject: none\n\nx".getBytes(StandardCharsets.UTF_8);
        assertThat(InboundMail.of(without).key())
                .isEqualTo("sha256:"
                        + HexFormat.of()
                                .formatHex(MessageDigest.getInstance("SHA-256").digest(without)))
                .isEqualTo(InboundMail.of(without.clone()).key());
    }

    @Test
    void repliesAnswerInReplyToFirstThenReferencesNewestFirst() {
        InboundMail mail = mail("From: a@b.be\nIn-Reply-To: <c@x>\nReferences: <a@x> <b@x>\n\t<c@x>\n\nx");
        assertThat(mail.answers()).containsExactly("c@x", "b@x", "a@x");
    }

    @Test
    void prefersThePlainTextPart() {
        InboundMail mail = mail("""
                From: "Marie Dubois" <Marie.Dubois@CPAS-Namur.be>
                Subject: =?UTF-8?Q?Question_sur_le_RIS_=C3=A9tudiant?=
                Content-Type: multipart/alternative; boundary=b

                --b
                Content-Type: text/plain; charset=UTF-8

                Bonjour, une question.
                --b
                Content-Type: text/html; charset=UTF-8

                <p>Bonjour, <b>une question</b>.</p>
                --b--
                """);
        assertThat(mail.sender()).isEqualTo("marie.dubois@cpas-namur.be");
        assertThat(mail.senderAsWritten()).isEqualTo("Marie Dubois <Marie.Dubois@CPAS-Namur.be>");
        assertThat(mail.subject()).isEqualTo("Question sur le RIS étudiant");
        assertThat(mail.text()).isEqualTo("Bonjour, une question.");
    }

    @Test
    void htmlOnlyBecomesTextWithItsParagraphsAndWithoutScripts() {
        InboundMail mail = mail("""
                From: a@b.be
                Content-Type: text/html; charset=UTF-8

                <html><head><style>p {color: red}</style><script>alert(1)</script></head>
                <body><p>Bonjour,</p><p>Le CPAS &amp; le RIS :<br>une question.</p></body></html>
                """);
        assertThat(mail.text()).isEqualTo("Bonjour,\nLe CPAS & le RIS :\nune question.");
    }

    @Test
    void readsIso88591AndAnUnknownCharset() {
        byte[] latin1 = "From: a@b.be\nContent-Type: text/plain; charset=ISO-8859-1\n\nDéjà payé à l'OCMW"
                .getBytes(StandardCharsets.ISO_8859_1);
        assertThat(InboundMail.of(latin1).text()).isEqualTo("Déjà payé à l'OCMW");
        byte[] unknown = "From: a@b.be\nContent-Type: text/plain; charset=x-unknown-1258\n\nGrüße"
                .getBytes(StandardCharsets.UTF_8);
        assertThat(InboundMail.of(unknown).text()).isEqualTo("Grüße");
        byte[] unknownLatin = "From: a@b.be\nContent-Type: text/plain; charset=windows-1258\n\nDéjà"
                .getBytes(StandardCharsets.ISO_8859_1);
        assertThat(InboundMail.of(unknownLatin).text()).isEqualTo("Déjà");
    }

    @Test
    void readsUnencodedHeadersInUtf8AndInLatin1() {
        byte[] utf8 = "From: Zoé Dupré <zoe@b.be>\r\nSubject: Déjà payé\r\n\r\nx".getBytes(StandardCharsets.UTF_8);
        assertThat(InboundMail.of(utf8).subject()).isEqualTo("Déjà payé");
        assertThat(InboundMail.of(utf8).senderAsWritten()).isEqualTo("Zoé Dupré <zoe@b.be>");
        byte[] latin1 = "From: zoe@b.be\r\nSubject: Déjà payé\r\n\r\nx".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(InboundMail.of(latin1).subject()).isEqualTo("Déjà payé");
    }

    @Test
    void controlCharactersTheDatabaseRefusesAreReplaced() {
        assertThat(mail("From: a@b.be\n\nnul\u0000here").text()).isEqualTo("nul\uFFFDhere");
    }

    @Test
    void aMultipartWithoutItsBoundariesIsUnreadable() {
        InboundMail mail = mail("""
                From: a@b.be
                Content-Type: multipart/mixed; boundary=never-there

                no boundary at all
                """);
        assertThatThrownBy(mail::text).isInstanceOf(InboundMail.UnreadableMailException.class);
    }

    @Test
    void aMailWithoutAnyAddressHasNoSender() {
        assertThatThrownBy(() -> mail("From: nobody\nSubject: x\n\nx").sender())
                .isInstanceOf(InboundMail.UnreadableMailException.class);
    }

    private static InboundMail mail(String raw) {
        return InboundMail.of(raw.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
    }
}

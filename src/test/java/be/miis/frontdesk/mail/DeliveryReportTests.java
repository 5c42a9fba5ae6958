package be.miis.frontdesk.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * Delivery status notifications as real mail servers write them (src/test/resources/mail/bounces): the examples of
 * RFC 3464, an Exchange Online NDR, a Gmail bounce, a Postfix delay and a qmail bounce in plain text.
 */
class DeliveryReportTests {

    @Test
    void theSimpleDsnOfRfc3464GaveUpWithATemporaryStatusSoTheAddressIsNotToBlame() {
        DeliveryReport report = report("rfc3464-simple.eml");

        assertThat(report.reportedMessageIds()).containsExactly("199407022110.RAA00001@CS.UTK.EDU");
        assertThat(report.recipients()).singleElement().satisfies(recipient -> {
            assertThat(recipient.finalRecipient()).isEqualTo("louisl@larry.slip.umd.edu");
            assertThat(recipient.originalRecipient()).isEqualTo("louisl@larry.slip.umd.edu");
            assertThat(recipient.action()).isEqualTo("failed");
            assertThat(recipient.status()).isEqualTo("4.0.0");
            assertThat(recipient.diagnostic()).isEqualTo("426 connection timed out");
            assertThat(recipient.failed()).isTrue();
            assertThat(recipient.permanentFailure()).isFalse();
        });
    }

    @Test
    void theMultiRecipientDsnOfRfc3464TellsEachRecipientApartWithFoldedDiagnosticsAndCommentedStatuses() {
        DeliveryReport report = report("rfc3464-multi-recipient.eml");

        assertThat(report.recipients())
                .extracting(
                        DeliveryReport.Recipient::finalRecipient,
                        DeliveryReport.Recipient::action,
                        DeliveryReport.Recipient::status,
                        DeliveryReport.Recipient::permanentFailure)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("arathib@vnet.ibm.com", "failed", "5.0.0", true),
                        org.assertj.core.groups.Tuple.tuple("johnh@hpnjld.njd.hp.com", "delayed", "4.0.0", false),
                        org.assertj.core.groups.Tuple.tuple("wsnell@sdcc13.ucsd.edu", "failed", "5.0.0", true));
        assertThat(report.recipients().get(0).diagnostic())
                .isEqualTo("550 'arathib@vnet.IBM.COM' is not a registered gateway user");
        assertThat(report.recipients().get(1).diagnostic()).isNull();
    }

    @Test
    void anExchangeOnlineNdrNamesOurMailByItsReturnedHeadersAndByInReplyTo() {
        DeliveryReport report = report("exchange-online-ndr.eml");

        // The returned headers first, then In-Reply-To, then References right-most first.
        assertThat(report.reportedMessageIds())
                .containsExactly(
                        "7d1c2f0e-9b4a-4f7e-8a55-2e1b6c3d4f90@frontdesk.mi-is.test", "q1-7d1c@ocmw-voorbeeld.be");
        assertThat(report.recipients()).singleElement().satisfies(recipient -> {
            assertThat(recipient.finalRecipient()).isEqualTo("jan.peeters@ocmw-voorbeeld.be");
            assertThat(recipient.originalRecipient()).isNull();
            assertThat(recipient.status()).isEqualTo("5.1.10");
            assertThat(recipient.permanentFailure()).isTrue();
            assertThat(recipient.diagnostic()).startsWith("550 5.1.10 RESOLVER.ADR.RecipientNotFound;");
            assertThat(recipient.concerns("Jan.Peeters@OCMW-voorbeeld.be")).isTrue();
            assertThat(recipient.concerns("els.janssens@ocmw-voorbeeld.be")).isFalse();
        });
    }

    @Test
    void aGmailBounceIsAPermanentFailureOfTheAddressWithTheServersWordsOnOneLine() {
        DeliveryReport report = report("gmail-address-not-found.eml");

        assertThat(report.reportedMessageIds())
                .containsExactly("c0ffee00-1111-4222-8333-944455556666@frontdesk.mi-is.test");
        assertThat(report.recipients()).singleElement().satisfies(recipient -> {
            assertThat(recipient.finalRecipient()).isEqualTo("sophie.lambert.cpas@gmail.com");
            assertThat(recipient.status()).isEqualTo("5.1.1");
            assertThat(recipient.permanentFailure()).isTrue();
            assertThat(recipient.diagnostic())
                    .startsWith("550-5.1.1 The email account that you tried to reach does not exist.")
                    .endsWith("gsmtp")
                    .doesNotContain("\n");
        });
    }

    @Test
    void aFullMailboxThatPostfixKeepsTryingIsNoFailure() {
        DeliveryReport report = report("postfix-mailbox-full.eml");

        assertThat(report.reportedMessageIds())
                .containsExactly("0a0b0c0d-1e1f-4a2b-8c3d-4e5f6a7b8c9d@frontdesk.mi-is.test");
        assertThat(report.recipients()).singleElement().satisfies(recipient -> {
            assertThat(recipient.action()).isEqualTo("delayed");
            assertThat(recipient.status()).isEqualTo("4.2.2");
            assertThat(recipient.failed()).isFalse();
            assertThat(recipient.permanentFailure()).isFalse();
        });
    }

    @Test
    void aPlainTextBounceIsNoDeliveryReportButABounceAllTheSame() {
        InboundMail mail = mail("qmail-plain-text.eml");

        assertThat(DeliveryReport.of(mail.message())).isEmpty();
        assertThat(Bounces.isBounce(mail)).isTrue();
    }

    @Test
    void aReadReceiptIsAReportButNoDeliveryReport() {
        InboundMail receipt = InboundMail.of("""
                From: jan@ocmw-voorbeeld.be
                Subject: Read: Votre question
                Content-Type: multipart/report; report-type=disposition-notification; boundary=r

                --r
                Content-Type: text/plain

                Your message was read.
                --r
                Content-Type: message/disposition-notification

                Final-Recipient: rfc822; jan@ocmw-voorbeeld.be
                Disposition: manual-action/MDN-sent-manually; displayed
                --r--
                """.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));

        assertThat(Bounces.isBounce(receipt)).isTrue();
        assertThat(DeliveryReport.of(receipt.message())).isEmpty();
    }

    @Test
    void aPersonsMailIsNoBounceAndPostmasterIsLeftToTheLoopRules() {
        InboundMail question =
                InboundMail.of("From: postmaster@ocmw-voorbeeld.be\r\nSubject: Vraag\r\n\r\nGoedendag\r\n"
                        .getBytes(StandardCharsets.UTF_8));

        assertThat(Bounces.isBounce(question)).isFalse();
    }

    @Test
    void aDeliveryReportWithoutItsBoundariesIsUnreadable() {
        InboundMail broken = InboundMail.of("""
                From: MAILER-DAEMON@mx.example.test
                Subject: Undelivered Mail Returned to Sender
                Content-Type: multipart/report; report-type=delivery-status; boundary=never-there

                nothing of it
                """.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> DeliveryReport.of(broken.message()))
                .isInstanceOf(InboundMail.UnreadableMailException.class)
                .hasMessageContaining("unreadable delivery report");
    }

    static InboundMail mail(String fixture) {
        try (InputStream in = Objects.requireNonNull(
                DeliveryReportTests.class.getResourceAsStream("/mail/bounces/" + fixture), fixture)) {
            return InboundMail.of(new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("\r\n", "\n")
                    .replace("\n", "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static DeliveryReport report(String fixture) {
        return DeliveryReport.of(mail(fixture).message()).orElseThrow();
    }
}

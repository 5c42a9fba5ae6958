package be.miis.frontdesk.mail;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LoopRulesTests {

    private static final String OWN = "frontdesk@mi-is.be";
    private static final String OWN_IDS = "frontdesk.mi-is.be";

    @Test
    void anOrdinaryMailMayBeAnswered() throws Exception {
        assertThat(why("Auto-Submitted: no\nPrecedence: first-class\n", "marie@cpas-namur.be"))
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Auto-Submitted: auto-replied",
                "Auto-Submitted: auto-generated",
                "Precedence: bulk",
                "Precedence: list",
                "Precedence: junk",
                "Precedence: auto_reply",
                "X-Autoreply: yes",
                "X-Autorespond: Out of office",
                "X-Auto-Response-Suppress: All",
                "X-Auto-Response-Suppress: DR, AutoReply",
                "X-Auto-Response-Suppress: OOF",
                "List-Id: <cpas.lists.example.be>",
                "List-Unsubscribe: <mailto:leave@lists.example.be>",
                "X-Loop: frontdesk@mi-is.be",
                "Return-Path: <>",
                "Content-Type: multipart/report; report-type=delivery-status; boundary=x"
            })
    void aMachineGetsNoAnswer(String header) throws Exception {
        assertThat(why(header + "\n", "marie@cpas-namur.be")).isPresent();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "MAILER-DAEMON@mx.example.be",
                "postmaster@cpas-namur.be",
                "abuse@cpas-namur.be",
                "noreply@cpas-namur.be",
                "no-reply@cpas-namur.be",
                "do-not-reply@cpas-namur.be",
                "FrontDesk@mi-is.be"
            })
    void noAnswerToMachineSendersNorToOurselves(String sender) throws Exception {
        assertThat(why("", sender)).isPresent();
    }

    @Test
    void noAnswerToAMailWithOneOfOurOwnMessageIds() throws Exception {
        assertThat(why("Message-ID: <0a1b2c@FRONTDESK.mi-is.be>\n", "marie@cpas-namur.be"))
                .contains("our own Message-ID");
    }

    @Test
    void namesThatOnlyResembleTheRulesAreAnswered() throws Exception {
        assertThat(why("X-Auto-Response-Suppress: DR, RN\nPrecedence: normal\n", "noreply.fan@cpas-namur.be"))
                .isEmpty();
    }

    private static Optional<String> why(String headers, String sender) throws Exception {
        String raw = headers + "From: " + sender + "\nSubject: test\n\nBonjour\n";
        MimeMessage message = new MimeMessage(
                Session.getInstance(new Properties()), new ByteArrayInputStream(raw.getBytes(StandardCharsets.UTF_8)));
        return LoopRules.whyNoAutomaticAnswer(message, sender, OWN, OWN_IDS);
    }
}

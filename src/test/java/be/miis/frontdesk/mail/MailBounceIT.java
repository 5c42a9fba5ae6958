package be.miis.frontdesk.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import be.miis.frontdesk.organisation.ContactData;
import be.miis.frontdesk.organisation.ContactView;
import be.miis.frontdesk.organisation.OrganisationService;
import be.miis.frontdesk.shared.ContentLanguage;
import be.miis.frontdesk.test.FrontdeskModuleTest;
import be.miis.frontdesk.ticket.Channel;
import be.miis.frontdesk.ticket.EntryKind;
import be.miis.frontdesk.ticket.MailDeliveries;
import be.miis.frontdesk.ticket.TicketService;
import be.miis.frontdesk.ticket.TicketView;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * Bounces of the mail we sent, end to end over real SMTP and IMAP (docs/mail.md, "Bounces"): real servers' delivery
 * reports (src/test/resources/mail/bounces) naming an answer the outbox sent come back into the centre's mailbox. The
 * context is {@link MailIntakeIT}'s (same configuration, so Spring reuses it).
 */
@FrontdeskModuleTest
@Import(MailIntakeIT.Acknowledgements.class)
// One mail a batch: a batch of several is read whole in one fetch (docs/mail.md, "Performance"), before the seam
// between listing and reading that MailboxFetchIT uses; the three classes share this one context.
@TestPropertySource(properties = "frontdesk.mail.batch-size=1")
class MailBounceIT {

    private static final String DESK = TestMail.DESK;

    @RegisterExtension
    static final GreenMailExtension mailServer = new GreenMailExtension(
            new ServerSetup[] {ServerSetupTest.SMTP.dynamicPort(), ServerSetupTest.IMAP.dynamicPort()});

    @Autowired
    MailboxPoller poller;

    @Autowired
    TicketService tickets;

    @Autowired
    OrganisationService organisations;

    @Autowired
    MailDeliveries deliveries;

    @Autowired
    MailIntakeIT.RecordingSink acknowledgements;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    MailProperties.Mailbox mailbox;
    String run;
    long contact;
    String address;

    @BeforeEach
    void mailboxAndAContact() {
        mailServer.setUser(DESK, DESK, TestMail.SECRET);
        run = UUID.randomUUID().toString().substring(0, 8);
        mailbox = TestMail.mailbox("bounce-" + run, mailServer.getImap().getPort(), MailProperties.Security.NONE);
        String domain = "ocmw-" + run + ".test";
        long organisation = TestMail.organisation(jdbc, run, domain);
        address = "jan.peeters@" + domain;
        // Stored in another case than the report writes it: addresses are compared without case.
        contact = organisations
                .addContact(
                        organisation,
                        new ContactData(
                                "Jan", "Peeters", null, null, null, "Jan.Peeters@" + domain, ContentLanguage.NL, true))
                .id();
    }

    @Test
    void aPermanentBounceOfAnAnswerMarksItNotDeliveredAndTheAddressFailingAndOpensOrReopensNothing() throws Exception {
        Sent answer = answeredByMail("Leefloon student");
        TicketView before = tickets.get(answer.reference(), "agent");

        send(fixture("exchange-online-ndr.eml", answer));
        Instant polled = clock.instant();
        poller.poll(mailbox);

        TicketView after = tickets.get(answer.reference(), "agent");
        assertThat(after.status()).isEqualTo(before.status());
        assertThat(after.entries()).hasSameSizeAs(before.entries());
        assertThat(answerDelivery(after)).isEqualTo(MailDeliveries.MailDelivery.BOUNCED);
        assertThat(jdbc.sql("select status || ' ' || last_error from mail_outbox where id = :id")
                        .param("id", answer.outboxId())
                        .query(String.class)
                        .single())
                .startsWith("FAILED bounced: 5.1.10 550 5.1.10 RESOLVER.ADR.RecipientNotFound");
        assertThat(contact().emailFailure()).satisfies(failure -> {
            assertThat(failure).isNotNull();
            assertThat(failure.since()).isBetween(polled, clock.instant());
            assertThat(failure.status()).isEqualTo("5.1.10");
            assertThat(failure.reason()).contains("not found by SMTP address lookup");
        });
        // The bounce is taken, once, and is no question: no ticket, no acknowledgement, nothing held.
        assertThat(ticketCount()).isEqualTo(1);
        assertThat(acknowledgements.to(address)).hasSize(1);
        assertThat(held()).isEmpty();
        assertThat(jdbc.sql("select count(*) from mail_message where direction = 'IN' and mailbox = :mailbox")
                        .param("mailbox", mailbox.name())
                        .query(Long.class)
                        .single())
                .isEqualTo(2);

        // The person writes again: the address works, the notice goes.
        send("From: %s\r\nTo: %s\r\nSubject: Re: [%s] Leefloon student\r\n\r\nMijn nieuwe vraag.\r\n"
                .formatted(address, DESK, answer.reference()));
        poller.poll(mailbox);

        assertThat(contact().emailFailure()).isNull();
    }

    @Test
    void aGmailBounceIsFoundByItsOwnFieldsAndAnAgentCorrectingTheAddressClearsTheNotice() throws Exception {
        Sent answer = answeredByMail("Vraag over de huurwaarborg");

        send(fixture("gmail-address-not-found.eml", answer));
        poller.poll(mailbox);

        assertThat(contact().emailFailure()).isNotNull();
        assertThat(contact().emailFailure().status()).isEqualTo("5.1.1");
        ContactView failing = contact();
        organisations.updateContact(
                contact,
                failing.version(),
                new ContactData(
                        "Jan",
                        "Peeters",
                        null,
                        null,
                        null,
                        "jan.peeters2@" + address.substring(address.indexOf('@') + 1),
                        ContentLanguage.NL,
                        true));

        assertThat(contact().emailFailure()).isNull();
    }

    @Test
    void aTemporaryFailureLeavesTheAddressAloneAndADelayChangesNothing() throws Exception {
        Sent givenUp = answeredByMail("Eerste vraag");
        send(fixture("rfc3464-simple.eml", givenUp));
        poller.poll(mailbox);

        // Given up after days of time-outs (4.0.0): that mail did not arrive, but the address is not to blame.
        assertThat(answerDelivery(tickets.get(givenUp.reference(), "agent")))
                .isEqualTo(MailDeliveries.MailDelivery.BOUNCED);
        assertThat(contact().emailFailure()).isNull();

        Sent delayed = answeredByMail("Tweede vraag");
        send(fixture("postfix-mailbox-full.eml", delayed));
        poller.poll(mailbox);

        assertThat(answerDelivery(tickets.get(delayed.reference(), "agent")))
                .isEqualTo(MailDeliveries.MailDelivery.SENT);
        assertThat(contact().emailFailure()).isNull();
        assertThat(held()).isEmpty();
    }

    @Test
    void aBounceOnNoMailOfOursOrAnotherAddressOrWithoutADeliveryStatusWaitsInTheQuarantine() throws Exception {
        Sent answer = answeredByMail("Vraag");
        // A report on a Message-ID we never sent (a forged or misdirected bounce).
        send(fixture("gmail-address-not-found.eml", answer)
                .replace(answer.messageId(), "never-" + run + "@frontdesk.mi-is.test"));
        // A report on our mail, but about an address we did not send it to.
        send(fixture("exchange-online-ndr.eml", answer).replace(address, "someone.else@elsewhere.test"));
        // A bounce in plain text: no delivery status to read.
        send(fixture("qmail-plain-text.eml", answer));

        poller.poll(mailbox);

        assertThat(held())
                .containsExactlyInAnyOrder(
                        "a delivery report (multipart/report) on no mail we sent",
                        "a delivery report (multipart/report) on mail %s that names none of its recipients"
                                .formatted(answer.messageId()),
                        "a bounce without a delivery status notification (from mailer-daemon)");
        assertThat(contact().emailFailure()).isNull();
        assertThat(answerDelivery(tickets.get(answer.reference(), "agent")))
                .isEqualTo(MailDeliveries.MailDelivery.SENT);
        assertThat(ticketCount()).isEqualTo(1);
    }

    /**
     * A question of the contact taken from the mailbox and answered by mail; the outbox row the listener writes is
     * then recorded as sent exactly as {@link OutboxSender} records a delivery (status, sent-at, the OUT row), since
     * this context has no SMTP server to send through.
     */
    private Sent answeredByMail(String subject) throws Exception {
        send("From: %s\r\nTo: %s\r\nSubject: %s\r\n\r\nGoedendag, een vraag over het leefloon.\r\n"
                .formatted(address, DESK, subject));
        poller.poll(mailbox);
        long ticketId = jdbc.sql("""
                        select ticket_id from mail_message
                        where direction = 'IN' and mailbox = :mailbox and subject = :subject
                        """)
                .param("mailbox", mailbox.name())
                .param("subject", subject)
                .query(Long.class)
                .single();
        String reference = tickets.referenceOf(ticketId).orElseThrow();
        TicketView ticket = tickets.get(reference, "agent");
        tickets.answer(reference, ticket.version(), "Ja, dat mag.", Channel.EMAIL, "agent");
        await().atMost(Duration.ofSeconds(30))
                .until(() -> jdbc.sql("select count(*) from mail_outbox where ticket_id = :t and kind = 'ANSWER'")
                                .param("t", ticketId)
                                .query(Long.class)
                                .single()
                        == 1);
        Sent sent = jdbc.sql("""
                        select id, message_id, recipient from mail_outbox where ticket_id = :t and kind = 'ANSWER'
                        """)
                .param("t", ticketId)
                .query((rs, n) ->
                        new Sent(rs.getLong("id"), reference, rs.getString("message_id"), rs.getString("recipient")))
                .single();
        assertThat(sent.recipient()).isEqualToIgnoringCase(address);
        jdbc.sql("update mail_outbox set status = 'SENT', sent_at = now() where id = :id")
                .param("id", sent.outboxId())
                .update();
        jdbc.sql("""
                        insert into mail_message (direction, message_id, ticket_id, sender, recipient, subject, at)
                        values ('OUT', :id, :ticket, :from, :to, :subject, now())
                        """)
                .param("id", sent.messageId())
                .param("ticket", ticketId)
                .param("from", DESK)
                .param("to", sent.recipient())
                .param("subject", "[" + reference + "] " + subject)
                .update();
        return sent;
    }

    private record Sent(long outboxId, String reference, String messageId, String recipient) {}

    /** A real server's report, about our mail to our contact instead of the one it was written for. */
    private String fixture(String name, Sent about) throws IOException {
        try (InputStream in = Objects.requireNonNull(getClass().getResourceAsStream("/mail/bounces/" + name), name)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (String ours : List.of(
                    "7d1c2f0e-9b4a-4f7e-8a55-2e1b6c3d4f90@frontdesk.mi-is.test",
                    "c0ffee00-1111-4222-8333-944455556666@frontdesk.mi-is.test",
                    "0a0b0c0d-1e1f-4a2b-8c3d-4e5f6a7b8c9d@frontdesk.mi-is.test",
                    "199407022110.RAA00001@CS.UTK.EDU")) {
                text = text.replace(ours, about.messageId());
            }
            for (String theirs : List.of(
                    "jan.peeters@ocmw-voorbeeld.be",
                    "sophie.lambert.cpas@gmail.com",
                    "els.janssens@ocmw-voorbeeld.be",
                    "louisl@larry.slip.umd.edu")) {
                text = text.replace(theirs, address);
            }
            // Each report its own Message-ID, so that one test's report is not taken for another's.
            return text.replaceFirst("(?im)^Message-I[dD]: <", "Message-ID: <" + run + "-");
        }
    }

    private ContactView contact() {
        return organisations.findContact(contact).orElseThrow();
    }

    private static MailDeliveries.MailDelivery answerDelivery(TicketView ticket) {
        return ticket.entries().stream()
                .filter(entry -> entry.kind() == EntryKind.ANSWER)
                .findFirst()
                .orElseThrow()
                .delivery();
    }

    private long ticketCount() {
        return jdbc.sql("""
                        select count(distinct ticket_id) from mail_message
                        where direction = 'IN' and mailbox = :mailbox and ticket_id is not null
                        """).param("mailbox", mailbox.name()).query(Long.class).single();
    }

    private List<String> held() {
        return jdbc.sql("select reason from mail_quarantine where mailbox = :mailbox and status = 'HELD'")
                .param("mailbox", mailbox.name())
                .query(String.class)
                .list();
    }

    private void send(String raw) throws Exception {
        TestMail.send(mailServer.getSmtp().getPort(), raw);
    }
}

package be.miis.frontdesk.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.miis.frontdesk.test.FrontdeskModuleTest;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.io.InputStream;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import net.javacrumbs.shedlock.core.LockProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration;
import org.springframework.boot.mail.autoconfigure.MailSenderAutoConfiguration;
import org.springframework.boot.ssl.DefaultSslBundleRegistry;
import org.springframework.boot.ssl.SslBundle;
import org.springframework.boot.ssl.SslStoreBundle;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailSendException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.test.context.TestPropertySource;

/**
 * Mail over TLS, with the certificate checked (docs/mail.md, "TLS"): the poller over IMAPS trusts the server only
 * through the SSL bundle it is given and never blindly; security STARTTLS requires the upgrade; the outbox's SMTP
 * over SMTPS with Spring Boot's own {@code spring.mail.ssl.*} settings, and STARTTLS required there too. GreenMail
 * speaks IMAPS and SMTPS but not STARTTLS, so STARTTLS is tested by what must happen without it: nothing sent or read
 * in the clear. The server's certificate is the tests' own (src/test/resources/mail/tls), for localhost and
 * 127.0.0.1, so that the server's name is checked as in production. The context is {@link MailIntakeIT}'s.
 */
@FrontdeskModuleTest
@Import(MailIntakeIT.Acknowledgements.class)
// One mail a batch: a batch of several is read whole in one fetch (docs/mail.md, "Performance"), before the seam
// between listing and reading that MailboxFetchIT uses; the three classes share this one context.
@TestPropertySource(properties = "frontdesk.mail.batch-size=1")
class MailTlsIT {

    private static final String PASSWORD = "changeit";

    static {
        // GreenMail reads its key once per JVM, when it first opens a TLS port; only these tests open one.
        System.setProperty("greenmail.tls.keystore.file", resource("server.p12"));
        System.setProperty("greenmail.tls.keystore.password", PASSWORD);
        System.setProperty("greenmail.tls.key.password", PASSWORD);
    }

    @RegisterExtension
    static final GreenMailExtension mailServer = new GreenMailExtension(new ServerSetup[] {
        ServerSetupTest.SMTP.dynamicPort(),
        ServerSetupTest.SMTPS.dynamicPort(),
        ServerSetupTest.IMAP.dynamicPort(),
        ServerSetupTest.IMAPS.dynamicPort()
    });

    @Autowired
    MailProperties properties;

    @Autowired
    MailIntake intake;

    @Autowired
    MailboxStates states;

    @Autowired
    OAuth2Tokens tokens;

    @Autowired
    LockProvider locks;

    @Autowired
    Clock clock;

    @Autowired
    JdbcClient jdbc;

    String run;

    @BeforeEach
    void desk() {
        mailServer.setUser(TestMail.DESK, TestMail.DESK, TestMail.SECRET);
        run = UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void overImapsThePollerTakesMailFromAServerItTrustsThroughItsSslBundle() throws Exception {
        MailProperties.Mailbox mailbox =
                TestMail.mailbox("tls-" + run, mailServer.getImaps().getPort(), MailProperties.Security.SSL);
        sendQuestion();

        poller(new ImapTls(trusting(), "mail-test")).poll(mailbox);

        assertThat(taken(mailbox)).containsExactly("Question " + run);
        assertThat(lastError(mailbox)).isNull();
    }

    @Test
    void withoutTheBundleTheSameServersCertificateIsRefusedAndNothingIsTaken() throws Exception {
        MailProperties.Mailbox mailbox =
                TestMail.mailbox("tls-" + run, mailServer.getImaps().getPort(), MailProperties.Security.SSL);
        sendQuestion();

        // The application's own configuration: the JVM's certificate authorities, which do not know this one.
        poller(new ImapTls(new DefaultSslBundleRegistry(), "")).poll(mailbox);

        assertThat(taken(mailbox)).isEmpty();
        assertThat(lastError(mailbox)).contains("PKIX");
    }

    @Test
    void starttlsIsRequiredSoAServerThatDoesNotOfferItIsNeverReadInTheClear() throws Exception {
        MailProperties.Mailbox mailbox =
                TestMail.mailbox("tls-" + run, mailServer.getImap().getPort(), MailProperties.Security.STARTTLS);
        sendQuestion();

        poller(new ImapTls(trusting(), "mail-test")).poll(mailbox);

        assertThat(taken(mailbox)).isEmpty();
        assertThat(lastError(mailbox)).contains("STARTTLS");
    }

    @Test
    void theOutboxSendsOverSmtpsWithSpringBootsOwnSslSettingsAndNeverInTheClearWhenStarttlsIsRequired() {
        String customer = "smtps-" + run + "@ocmw.test";
        ApplicationContextRunner smtp = new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(MailSenderAutoConfiguration.class, SslAutoConfiguration.class))
                .withPropertyValues(
                        "spring.mail.host=127.0.0.1",
                        "spring.ssl.bundle.jks.mail-test.truststore.location=classpath:mail/tls/truststore.p12",
                        "spring.ssl.bundle.jks.mail-test.truststore.password=" + PASSWORD,
                        "spring.ssl.bundle.jks.mail-test.truststore.type=PKCS12");

        smtp.withPropertyValues(
                        "spring.mail.port=" + mailServer.getSmtps().getPort(),
                        "spring.mail.ssl.enabled=true",
                        "spring.mail.ssl.bundle=mail-test")
                .run(context -> context.getBean(JavaMailSender.class).send(mail(customer, "over SMTPS")));

        assertThat(mailServer.getReceivedMessagesForDomain("ocmw.test"))
                .extracting(message -> message.getSubject())
                .contains("over SMTPS " + run);

        smtp.withPropertyValues(
                        "spring.mail.port=" + mailServer.getSmtp().getPort(),
                        "spring.mail.properties.mail.smtp.starttls.enable=true",
                        "spring.mail.properties.mail.smtp.starttls.required=true")
                .run(context -> assertThatThrownBy(
                                () -> context.getBean(JavaMailSender.class).send(mail(customer, "in the clear")))
                        .isInstanceOf(MailSendException.class)
                        .hasMessageContaining("STARTTLS"));

        assertThat(mailServer.getReceivedMessagesForDomain("ocmw.test"))
                .extracting(message -> message.getSubject())
                .doesNotContain("in the clear " + run);
    }

    private SimpleMailMessage mail(String to, String subject) {
        SimpleMailMessage mail = new SimpleMailMessage();
        mail.setFrom(TestMail.DESK);
        mail.setTo(to);
        mail.setSubject(subject + " " + run);
        mail.setText("Bonjour.");
        return mail;
    }

    private MailboxPoller poller(ImapTls tls) {
        return new MailboxPoller(
                properties, intake, states, locks, clock, new MailboxConnector(tokens, states, tls, clock));
    }

    /** The tests' certificate alone, as a Spring SSL bundle named {@code mail-test}. */
    private static DefaultSslBundleRegistry trusting() throws Exception {
        KeyStore trust = KeyStore.getInstance("PKCS12");
        try (InputStream in = Objects.requireNonNull(MailTlsIT.class.getResourceAsStream("/mail/tls/truststore.p12"))) {
            trust.load(in, PASSWORD.toCharArray());
        }
        return new DefaultSslBundleRegistry("mail-test", SslBundle.of(SslStoreBundle.of(null, null, trust)));
    }

    private void sendQuestion() throws Exception {
        TestMail.send(
                mailServer.getSmtp().getPort(),
                "From: tls-%s@example.test\nTo: %s\nSubject: Question %s\n\nBonjour, une question.\n"
                        .formatted(run, TestMail.DESK, run));
    }

    private List<String> taken(MailProperties.Mailbox mailbox) {
        return jdbc.sql("""
                        select t.subject from mail_message m join ticket t on t.id = m.ticket_id
                        where m.direction = 'IN' and m.mailbox = :m
                        """).param("m", mailbox.name()).query(String.class).list();
    }

    private String lastError(MailProperties.Mailbox mailbox) {
        return jdbc.sql("select last_error from mailbox_state where name = :m")
                .param("m", mailbox.name())
                .query(String.class)
                .optional()
                .orElse(null);
    }

    private static String resource(String name) {
        try {
            return Path.of(Objects.requireNonNull(MailTlsIT.class.getResource("/mail/tls/" + name))
                            .toURI())
                    .toString();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}

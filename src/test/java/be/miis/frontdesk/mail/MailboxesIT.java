package be.miis.frontdesk.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.miis.frontdesk.shared.ContentLanguage;
import be.miis.frontdesk.test.FrontdeskModuleTest;
import be.miis.frontdesk.test.TestClock;
import be.miis.frontdesk.ticket.TicketService;
import be.miis.frontdesk.ticket.TicketView;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.javacrumbs.shedlock.core.LockProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.ssl.DefaultSslBundleRegistry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Several mailboxes and OAuth2 over real IMAP and SMTP (GreenMail in the test JVM, which checks an XOAUTH2 token as the
 * user's password) and a real token endpoint on loopback ({@link TokenEndpoint}): each mailbox is polled in the same
 * round whatever another one does, its tickets take its defaults, and a mailbox with OAuth2 logs in with the token
 * the endpoint granted, keeps it until shortly before it expires, and raises the admin's alert while a refresh fails
 * (docs/mail.md, "Several mailboxes", "OAuth2").
 *
 * <p>The poller is built here with a clock of the test's own, so that tokens can expire; the mailboxes are bound from
 * properties as the application binds them.
 */
@FrontdeskModuleTest
class MailboxesIT {

    static final Instant START = Instant.parse("2026-12-02T09:00:00Z");

    @RegisterExtension
    static final GreenMailExtension mailServer = new GreenMailExtension(
            new ServerSetup[] {ServerSetupTest.SMTP.dynamicPort(), ServerSetupTest.IMAP.dynamicPort()});

    @Autowired
    MailIntake intake;

    @Autowired
    MailboxStates states;

    @Autowired
    LockProvider locks;

    @Autowired
    TicketService tickets;

    @Autowired
    JdbcClient jdbc;

    TestClock clock;
    OAuth2Tokens tokens;
    MailboxConnector connector;
    TokenEndpoint endpoint;
    String run;

    /** Afresh for each test: a module test's instance serves all of them. */
    @BeforeEach
    void endpointAndRun() throws Exception {
        clock = new TestClock(START);
        tokens = new OAuth2Tokens(clock);
        endpoint = new TokenEndpoint();
        connector = new MailboxConnector(tokens, states, new ImapTls(new DefaultSslBundleRegistry(), ""), clock);
        run = UUID.randomUUID().toString().substring(0, 8);
    }

    @AfterEach
    void close() {
        endpoint.close();
    }

    @Test
    void aMailboxThatRefusesItsLoginIsRecordedAndTheOthersArePolledInTheSameRoundWithTheirDefaults() {
        String refused = "refused-" + run + "@mi-is.test";
        String heating = "stookolie-" + run + "@mi-is.test";
        mailServer.setUser(refused, refused, "right");
        mailServer.setUser(heating, heating, "secret");
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("frontdesk.mail.enabled", "true");
        mailbox(settings, 0, "refused-" + run, refused);
        settings.put("frontdesk.mail.mailboxes[0].password", "wrong");
        mailbox(settings, 1, "heating-" + run, heating);
        settings.put("frontdesk.mail.mailboxes[1].password", "secret");
        settings.put("frontdesk.mail.mailboxes[1].default-language", "fr");
        settings.put("frontdesk.mail.mailboxes[1].default-domain", "HEATING_FUND");
        MailProperties properties = bound(settings);
        // A stranger's mail whose text tells no language: the mailbox's default decides.
        deliver(refused, "Dossier 2026/117", "2026/117");
        deliver(heating, "Dossier 2026/118", "2026/118");

        poller(properties).pollAll();

        assertThat(state("refused-" + run, "last_error")).contains("AuthenticationFailedException");
        assertThat(ticketsOf("refused-" + run)).isEmpty();
        assertThat(ticketsOf("heating-" + run)).singleElement().satisfies(ticket -> {
            assertThat(ticket.language()).isEqualTo(ContentLanguage.FR);
            assertThat(ticket.domainCode()).isEqualTo("HEATING_FUND");
        });
        assertThat(state("heating-" + run, "last_error")).isNull();

        Health health = new MailboxesHealthIndicator(properties, states).health();
        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(detail(health, "refused-" + run))
                .containsEntry("status", "DOWN")
                .hasEntrySatisfying(
                        "lastError", error -> assertThat(error).asString().contains("AuthenticationFailedException"));
        assertThat(detail(health, "heating-" + run)).containsEntry("status", "UP");
    }

    @Test
    void aMailboxLogsInByXoauth2WithTheGrantedTokenAndKeepsItUntilShortlyBeforeItExpires() throws Exception {
        String ris = "ris-" + run + "@mi-is.test";
        GreenMailUser user = mailServer.setUser(ris, ris, "not-a-token");
        // The mail server accepts the latest token granted, and no other: a login with an old one fails.
        endpoint.onIssue(user::setPassword);
        MailProperties properties = oauth2Mailbox("ris-" + run, ris);
        MailboxPoller poller = poller(properties);
        deliver(ris, "Dossier 2026/201", "2026/201");

        poller.pollAll();

        assertThat(ticketsOf("ris-" + run)).hasSize(1);
        assertThat(endpoint.requests()).isEqualTo(1);
        assertThat(state("ris-" + run, "token_error")).isNull();
        assertThat(jdbc.sql("select token_expires_at from mailbox_state where name = :name")
                        .param("name", "ris-" + run)
                        .query(java.time.OffsetDateTime.class)
                        .single()
                        .toInstant())
                .isEqualTo(START.plusSeconds(3600));

        // The login itself, as Angus Mail traces it: XOAUTH2 (its command and the token suppressed in the trace).
        MailProperties.Mailbox mailbox = properties.mailboxes().get(0);
        Session session = connector.session(mailbox.imap());
        ByteArrayOutputStream trace = new ByteArrayOutputStream();
        session.setDebugOut(new PrintStream(trace, true, StandardCharsets.UTF_8));
        session.setDebug(true);
        try (Store store = connector.connect(session, mailbox)) {
            assertThat(store.isConnected()).isTrue();
        }
        assertThat(trace.toString(StandardCharsets.UTF_8))
                .containsPattern("AUTHENTICATE XOAUTH2 command result: \\w+ OK")
                .doesNotContain(" LOGIN ")
                .doesNotContain("token-1");

        clock.set(START.plusSeconds(3600).minus(Duration.ofMinutes(5)).minusSeconds(1));
        deliver(ris, "Dossier 2026/202", "2026/202");
        poller.pollAll();
        assertThat(endpoint.requests()).isEqualTo(1);
        assertThat(ticketsOf("ris-" + run)).hasSize(2);

        clock.set(START.plusSeconds(3600).minus(Duration.ofMinutes(5)));
        deliver(ris, "Dossier 2026/203", "2026/203");
        poller.pollAll();
        assertThat(endpoint.requests()).isEqualTo(2);
        // Taken with the new token: the server no longer accepts the first.
        assertThat(ticketsOf("ris-" + run)).hasSize(3);
        assertThat(endpoint.forms()).allSatisfy(form -> assertThat(form)
                .containsEntry("grant_type", "client_credentials")
                .containsEntry("scope", "https://outlook.office365.com/.default"));
    }

    @Test
    void aFailingRefreshIsRecordedAndAlertedWhileThePreviousTokenServesAndTheOtherMailboxesGoOn() {
        String ris = "ris-" + run + "@mi-is.test";
        String heating = "stookolie-" + run + "@mi-is.test";
        GreenMailUser user = mailServer.setUser(ris, ris, "not-a-token");
        endpoint.onIssue(user::setPassword);
        mailServer.setUser(heating, heating, "secret");
        Map<String, String> settings = oauth2Settings("ris-" + run, ris);
        mailbox(settings, 1, "heating-" + run, heating);
        settings.put("frontdesk.mail.mailboxes[1].password", "secret");
        MailProperties properties = bound(settings);
        MailboxPoller poller = poller(properties);
        MailboxesHealthIndicator health = new MailboxesHealthIndicator(properties, states);
        poller.pollAll();
        assertThat(health.health().getStatus()).isEqualTo(Status.UP);

        // Within the margin before expiry, the client secret expired at the provider.
        endpoint.answer(TokenEndpoint.Mode.INVALID_CLIENT);
        clock.set(START.plusSeconds(3600).minusSeconds(60));
        deliver(ris, "Dossier 2026/301", "2026/301");
        deliver(heating, "Dossier 2026/302", "2026/302");
        poller.pollAll();

        assertThat(ticketsOf("ris-" + run)).as("taken with the previous token").hasSize(1);
        assertThat(ticketsOf("heating-" + run)).hasSize(1);
        assertThat(state("ris-" + run, "token_error")).contains("invalid_client");
        assertThat(state("ris-" + run, "last_error"))
                .startsWith("OAuth2 token refresh failed")
                .doesNotContain(TokenEndpoint.CLIENT_SECRET);
        Health alert = health.health();
        assertThat(alert.getStatus()).isEqualTo(Status.DOWN);
        assertThat(detail(alert, "ris-" + run))
                .containsEntry("status", "DOWN")
                .containsEntry("tokenValidUntil", START.plusSeconds(3600).toString())
                .hasEntrySatisfying(
                        "tokenError", error -> assertThat(error).asString().contains("invalid_client"));
        assertThat(detail(alert, "heating-" + run)).containsEntry("status", "UP");
        // Should the mailbox go back to a password, its old token state alerts no more.
        Map<String, String> withPassword = new LinkedHashMap<>(settings);
        withPassword.keySet().removeIf(key -> key.contains(".oauth2."));
        withPassword.put("frontdesk.mail.mailboxes[0].password", "secret");
        assertThat(new MailboxesHealthIndicator(bound(withPassword), states)
                        .health()
                        .getStatus())
                .isEqualTo(Status.UP);

        // The previous token expired: the mailbox waits, the other one goes on.
        clock.set(START.plusSeconds(3600));
        deliver(ris, "Dossier 2026/303", "2026/303");
        deliver(heating, "Dossier 2026/304", "2026/304");
        poller.pollAll();
        assertThat(ticketsOf("ris-" + run)).hasSize(1);
        assertThat(ticketsOf("heating-" + run)).hasSize(2);
        assertThat(state("ris-" + run, "last_error")).startsWith("OAuth2 token refresh failed: token endpoint");
        assertThat(detail(health.health(), "ris-" + run)).containsEntry("tokenValidUntil", "none");

        // The next good refresh takes what waited and ends the alert.
        endpoint.answer(TokenEndpoint.Mode.GRANT);
        clock.set(START.plusSeconds(3660));
        poller.pollAll();
        assertThat(ticketsOf("ris-" + run)).hasSize(2);
        assertThat(state("ris-" + run, "token_error")).isNull();
        assertThat(health.health().getStatus()).isEqualTo(Status.UP);
    }

    @Test
    void theOutboxLogsInToSmtpByXoauth2WithATokenOfItsOwnAndAskesAgainWhenTheServerRefusesIt() throws Exception {
        String outbox = "outbox-" + run + "@mi-is.test";
        GreenMailUser user = mailServer.setUser(outbox, outbox, "not-a-token");
        endpoint.onIssue(user::setPassword);
        JavaMailSenderImpl configured = new JavaMailSenderImpl();
        configured.setHost("127.0.0.1");
        configured.setPort(mailServer.getSmtp().getPort());
        configured.setUsername(outbox);
        JavaMailSenderImpl sender = SmtpOAuth2.withOAuth2(configured, tokens, endpoint.client(Duration.ofMinutes(5)));
        ByteArrayOutputStream trace = new ByteArrayOutputStream();
        sender.getSession().setDebugOut(new PrintStream(trace, true, StandardCharsets.UTF_8));
        sender.getSession().setDebug(true);

        sender.send(mail(sender, "caller-" + run + "@cpas.test", "Eerste antwoord"));

        assertThat(trace.toString(StandardCharsets.UTF_8))
                .contains("AUTH XOAUTH2")
                .contains("AUTH XOAUTH2 succeeded")
                .doesNotContain("token-1");
        assertThat(endpoint.requests()).isEqualTo(1);

        // Revoked at the server: the send fails, and the next one asks for a new token rather than the refused one.
        user.setPassword("revoked");
        assertThatThrownBy(() -> sender.send(mail(sender, "caller-" + run + "@cpas.test", "Tweede antwoord")))
                .isInstanceOf(MailAuthenticationException.class);
        sender.send(mail(sender, "caller-" + run + "@cpas.test", "Tweede antwoord"));
        assertThat(endpoint.requests()).isEqualTo(2);
        assertThat(mailServer.getReceivedMessagesForDomain("cpas.test"))
                .extracting(MimeMessage::getSubject)
                .containsExactly("Eerste antwoord", "Tweede antwoord");

        assertThatThrownBy(
                        () -> SmtpOAuth2.withOAuth2(new JavaMailSenderImpl(), tokens, endpoint.client(Duration.ZERO)))
                .hasMessageContaining("spring.mail.username");
    }

    private static MimeMessage mail(JavaMailSenderImpl sender, String to, String subject) throws Exception {
        MimeMessage message = sender.createMimeMessage();
        message.setFrom("frontdesk@mi-is.test");
        message.setRecipients(MimeMessage.RecipientType.TO, to);
        message.setSubject(subject);
        message.setText("Antwoord.");
        return message;
    }

    private MailProperties oauth2Mailbox(String name, String username) {
        return bound(oauth2Settings(name, username));
    }

    private Map<String, String> oauth2Settings(String name, String username) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("frontdesk.mail.enabled", "true");
        mailbox(settings, 0, name, username);
        String prefix = "frontdesk.mail.mailboxes[0].oauth2.";
        settings.put(prefix + "token-uri", endpoint.uri().toString());
        settings.put(prefix + "client-id", TokenEndpoint.CLIENT_ID);
        settings.put(prefix + "client-secret", TokenEndpoint.CLIENT_SECRET);
        settings.put(prefix + "scope", "https://outlook.office365.com/.default");
        return settings;
    }

    private static void mailbox(Map<String, String> settings, int index, String name, String username) {
        String prefix = "frontdesk.mail.mailboxes[" + index + "].";
        settings.put(prefix + "name", name);
        settings.put(prefix + "host", "127.0.0.1");
        settings.put(prefix + "port", Integer.toString(mailServer.getImap().getPort()));
        settings.put(prefix + "username", username);
        settings.put(prefix + "timeout", "10s");
    }

    private static MailProperties bound(Map<String, String> settings) {
        return new Binder(new MapConfigurationPropertySource(settings))
                .bindOrCreate("frontdesk.mail", MailProperties.class);
    }

    private MailboxPoller poller(MailProperties properties) {
        return new MailboxPoller(properties, intake, states, locks, clock, connector);
    }

    private static void deliver(String to, String subject, String text) {
        GreenMailUtil.sendTextEmail(
                to, "stranger@example.test", subject, text, mailServer.getSmtp().getServerSetup());
    }

    private List<TicketView> ticketsOf(String mailbox) {
        return jdbc
                .sql(
                        "select ticket_id from mail_message where direction = 'IN' and mailbox = :name and ticket_id is not null order by id")
                .param("name", mailbox)
                .query(Long.class)
                .list()
                .stream()
                .map(id -> tickets.get(tickets.referenceOf(id).orElseThrow(), "agent"))
                .toList();
    }

    private @org.jspecify.annotations.Nullable String state(String mailbox, String column) {
        return jdbc
                .sql("select " + column + " from mailbox_state where name = :name")
                .param("name", mailbox)
                .query((rs, n) -> rs.getString(1))
                .list()
                .stream()
                .filter(java.util.Objects::nonNull)
                .findFirst()
                .orElse(null);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> detail(Health health, String mailbox) {
        return (Map<String, Object>) health.getDetails().get(mailbox);
    }
}

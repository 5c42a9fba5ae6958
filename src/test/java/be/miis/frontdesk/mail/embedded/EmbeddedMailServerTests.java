package be.miis.frontdesk.mail.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * The development mail server of {@code ./mvnw spring-boot:run}: embedded only on a newcomer's setup (embedded
 * database, no mail server configured), and then a real SMTP and IMAP server on loopback through which mail reaches
 * the centre's mailbox.
 */
class EmbeddedMailServerTests {

    @Test
    void onlyANewcomersSetupGetsTheDevelopmentMailServer() {
        assertThat(environmentAfter(Map.of()).getProperty("frontdesk.mail.imap.host"))
                .isEqualTo("127.0.0.1");
        assertThat(environmentAfter(Map.of()).getProperty("frontdesk.mail.enabled"))
                .isEqualTo("true");
        for (Map<String, Object> configured : java.util.List.<Map<String, Object>>of(
                Map.of("spring.datasource.url", "jdbc:postgresql://db/frontdesk"),
                Map.of("spring.mail.host", "smtp.example.be"),
                Map.of("frontdesk.mail.imap.host", "imap.example.be"),
                Map.of("frontdesk.mail.mailboxes[0].host", "imap.example.be"),
                Map.of("frontdesk.embedded-mail.enabled", "false"))) {
            StandardEnvironment environment = environmentAfter(configured);
            assertThat(environment.getProperty(EmbeddedMailEnvironment.ACTIVE))
                    .as("%s", configured)
                    .isNull();
        }
    }

    @Test
    void aMailboxConfiguredFromTheEnvironmentIsPolledUnlessMailIsSwitchedOff() {
        assertThat(environmentAfter(Map.of("frontdesk.mail.imap.host", "imap.example.be"))
                        .getProperty("frontdesk.mail.enabled"))
                .isEqualTo("true");
        assertThat(environmentAfter(Map.of("frontdesk.mail.mailboxes[0].host", "imap.example.be"))
                        .getProperty("frontdesk.mail.enabled"))
                .isEqualTo("true");
        assertThat(environmentAfter(Map.of(
                                "frontdesk.mail.imap.host", "imap.example.be", "frontdesk.mail.enabled", "false"))
                        .getProperty("frontdesk.mail.enabled"))
                .isEqualTo("false");
        assertThat(environmentAfter(Map.of("spring.datasource.url", "jdbc:postgresql://db/frontdesk"))
                        .getProperty("frontdesk.mail.enabled"))
                .isNull();
    }

    @Test
    void anExplicitSettingWinsOverTheEmbeddedDefaults() {
        StandardEnvironment environment = environmentAfter(Map.of("frontdesk.mail.address", "callcenter@mi-is.be"));
        assertThat(environment.getProperty("frontdesk.mail.address")).isEqualTo("callcenter@mi-is.be");
        assertThat(environment.getProperty("frontdesk.mail.imap.username")).isEqualTo("callcenter@mi-is.be");
    }

    @Test
    void mailSentToTheCentreArrivesInItsMailboxOverImap() throws Exception {
        int smtp = freePort();
        int imap = freePort();
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(EmbeddedMailServerAutoConfiguration.class))
                .withPropertyValues(
                        EmbeddedMailEnvironment.ACTIVE + "=true",
                        "spring.mail.port=" + smtp,
                        "frontdesk.mail.imap.port=" + imap,
                        "frontdesk.mail.imap.username=" + EmbeddedMailEnvironment.CENTRE_ADDRESS)
                .run(context -> {
                    assertThat(context).hasSingleBean(GreenMail.class);
                    GreenMailUtil.sendTextEmail(
                            EmbeddedMailEnvironment.CENTRE_ADDRESS,
                            "maatschappelijk.werker@ocmw-gent.be",
                            "Leefloon student",
                            "Hoe berekenen we het leefloon?",
                            context.getBean(GreenMail.class).getSmtp().getServerSetup());

                    Properties properties = new Properties();
                    Session session = Session.getInstance(properties);
                    try (Store store = session.getStore("imap")) {
                        store.connect(
                                "127.0.0.1",
                                imap,
                                EmbeddedMailEnvironment.CENTRE_ADDRESS,
                                EmbeddedMailEnvironment.CENTRE_PASSWORD);
                        Folder inbox = store.getFolder("INBOX");
                        inbox.open(Folder.READ_ONLY);
                        Message[] messages = inbox.getMessages();
                        assertThat(messages).hasSize(1);
                        assertThat(messages[0].getSubject()).isEqualTo("Leefloon student");
                        inbox.close(false);
                    }
                });
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(EmbeddedMailServerAutoConfiguration.class))
                .run(context -> assertThat(context).doesNotHaveBean(GreenMail.class));
    }

    private static StandardEnvironment environmentAfter(Map<String, Object> configured) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("configured", configured));
        new EmbeddedMailEnvironment()
                .postProcessEnvironment(environment, new org.springframework.boot.SpringApplication());
        return environment;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}

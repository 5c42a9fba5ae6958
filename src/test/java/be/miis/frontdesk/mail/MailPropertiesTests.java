package be.miis.frontdesk.mail;

import static org.assertj.core.api.Assertions.assertThat;

import be.miis.frontdesk.shared.ContentLanguage;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.util.unit.DataSize;

/**
 * The mailboxes as configured (docs/mail.md, "Several mailboxes"): the one of the environment under exactly its
 * names, a list of more, each with its own defaults, and bad settings refused when the application starts, with a
 * message that names them.
 */
class MailPropertiesTests {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
            .withUserConfiguration(Settings.class);

    @Test
    void theMailboxOfTheEnvironmentKeepsItsNames() {
        // As the operating system gives them: Spring Boot maps FRONTDESK_MAIL_IMAP_HOST to frontdesk.mail.imap.host.
        runner.withInitializer(context -> context.getEnvironment()
                        .getPropertySources()
                        .addFirst(new SystemEnvironmentPropertySource(
                                "test-" + StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                                Map.<String, Object>ofEntries(
                                        Map.entry("FRONTDESK_MAIL_IMAP_HOST", "imap.mi-is.test"),
                                        Map.entry("FRONTDESK_MAIL_IMAP_PORT", "993"),
                                        Map.entry("FRONTDESK_MAIL_IMAP_SECURITY", "ssl"),
                                        Map.entry("FRONTDESK_MAIL_IMAP_USERNAME", "frontdesk@mi-is.test"),
                                        Map.entry("FRONTDESK_MAIL_IMAP_PASSWORD", "pw"),
                                        Map.entry("FRONTDESK_MAIL_IMAP_FOLDER", "Frontdesk"),
                                        Map.entry("FRONTDESK_MAIL_MAILBOXES_0_NAME", "ris"),
                                        Map.entry("FRONTDESK_MAIL_MAILBOXES_0_HOST", "outlook.office365.com"),
                                        Map.entry("FRONTDESK_MAIL_MAILBOXES_0_USERNAME", "ris@mi-is.test"),
                                        Map.entry(
                                                "FRONTDESK_MAIL_MAILBOXES_0_OAUTH2_TOKENURI",
                                                "https://login.test/token"),
                                        Map.entry("FRONTDESK_MAIL_MAILBOXES_0_OAUTH2_CLIENTID", "app"),
                                        Map.entry("FRONTDESK_MAIL_MAILBOXES_0_OAUTH2_CLIENTSECRET", "s"),
                                        Map.entry("FRONTDESK_MAIL_MAILBOXES_0_OAUTH2_REFRESHBEFORE", "10m")))))
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    MailProperties properties = context.getBean(MailProperties.class);
                    assertThat(properties.listed()).singleElement().satisfies(ris -> {
                        assertThat(ris.name()).isEqualTo("ris");
                        assertThat(ris.host()).isEqualTo("outlook.office365.com");
                        assertThat(ris.oauth2()).isNotNull().satisfies(client -> {
                            assertThat(client.clientId()).isEqualTo("app");
                            assertThat(client.refreshBefore()).isEqualTo(Duration.ofMinutes(10));
                        });
                    });
                    assertThat(properties.mailboxes().get(0)).satisfies(mailbox -> {
                        assertThat(mailbox.name()).isEqualTo("inbox");
                        assertThat(mailbox.imap().hostOrLocal()).isEqualTo("imap.mi-is.test");
                        assertThat(mailbox.imap().effectivePort()).isEqualTo(993);
                        assertThat(mailbox.imap().security()).isEqualTo(MailProperties.Security.SSL);
                        assertThat(mailbox.imap().password()).isEqualTo("pw");
                        assertThat(mailbox.imap().folder()).isEqualTo("Frontdesk");
                        assertThat(mailbox.imap().oauth2()).isNull();
                        assertThat(mailbox.defaultLanguage()).isEqualTo(ContentLanguage.NL);
                    });
                });
    }

    @Test
    void listedMailboxesComeAfterItEachWithItsOwnDefaultsAndLogin() {
        runner.withPropertyValues(
                        "frontdesk.mail.imap.host=imap.mi-is.test",
                        "frontdesk.mail.default-domain=OTHER",
                        "frontdesk.mail.mailboxes[0].name=ris-fr",
                        "frontdesk.mail.mailboxes[0].host=outlook.office365.com",
                        "frontdesk.mail.mailboxes[0].port=993",
                        "frontdesk.mail.mailboxes[0].security=ssl",
                        "frontdesk.mail.mailboxes[0].username=ris@mi-is.be",
                        "frontdesk.mail.mailboxes[0].oauth2.token-uri=https://login.microsoftonline.com/t/oauth2/v2.0/token",
                        "frontdesk.mail.mailboxes[0].oauth2.client-id=app",
                        "frontdesk.mail.mailboxes[0].oauth2.client-secret=secret",
                        "frontdesk.mail.mailboxes[0].oauth2.scope=https://outlook.office365.com/.default",
                        "frontdesk.mail.mailboxes[0].default-language=fr",
                        "frontdesk.mail.mailboxes[0].default-domain=RMI",
                        "frontdesk.mail.mailboxes[0].max-message-size=10MB",
                        "frontdesk.mail.mailboxes[1].name=stookolie",
                        "frontdesk.mail.mailboxes[1].host=imap.mi-is.test",
                        "frontdesk.mail.mailboxes[1].username=stookolie",
                        "frontdesk.mail.mailboxes[1].password=pw",
                        "frontdesk.mail.smtp.oauth2.token-uri=https://login.microsoftonline.com/t/oauth2/v2.0/token",
                        "frontdesk.mail.smtp.oauth2.client-id=app",
                        "frontdesk.mail.smtp.oauth2.client-secret=secret")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    MailProperties properties = context.getBean(MailProperties.class);
                    assertThat(properties.mailboxes())
                            .extracting(MailProperties.Mailbox::name)
                            .containsExactly("inbox", "ris-fr", "stookolie");
                    MailProperties.Mailbox ris = properties.mailboxes().get(1);
                    assertThat(ris.defaultLanguage()).isEqualTo(ContentLanguage.FR);
                    assertThat(ris.defaultDomain()).isEqualTo("RMI");
                    assertThat(ris.maxMessageSize()).isEqualTo(DataSize.ofMegabytes(10));
                    assertThat(ris.imap().oauth2()).isNotNull().satisfies(client -> {
                        assertThat(client.tokenUri())
                                .isEqualTo(URI.create("https://login.microsoftonline.com/t/oauth2/v2.0/token"));
                        assertThat(client.refreshBefore()).isEqualTo(Duration.ofMinutes(5));
                        assertThat(client.timeout()).isEqualTo(Duration.ofSeconds(10));
                    });
                    MailProperties.Mailbox stookolie = properties.mailboxes().get(2);
                    assertThat(stookolie.defaultLanguage()).isEqualTo(ContentLanguage.NL);
                    assertThat(stookolie.defaultDomain()).isEqualTo("OTHER");
                    assertThat(stookolie.imap().effectivePort()).isEqualTo(143);
                    assertThat(properties.smtp().oauth2()).isNotNull();
                });
    }

    @Test
    void withOnlyListedMailboxesTheEnvironmentsDefaultIsNotPolled() {
        runner.withPropertyValues(
                        "frontdesk.mail.mailboxes[0].name=ris", "frontdesk.mail.mailboxes[0].host=imap.mi-is.test")
                .run(context -> assertThat(context.getBean(MailProperties.class).mailboxes())
                        .extracting(MailProperties.Mailbox::name)
                        .containsExactly("ris"));
        runner.run(context -> assertThat(context.getBean(MailProperties.class).mailboxes())
                .singleElement()
                .satisfies(mailbox -> assertThat(mailbox.imap().hostOrLocal()).isEqualTo("localhost")));
    }

    @Test
    void twoMailboxesOfOneNameAreRefused() {
        refused(
                "two mailboxes have the same name",
                "frontdesk.mail.imap.host=a.test",
                "frontdesk.mail.mailboxes[0].host=b.test");
        refused(
                "two mailboxes have the same name",
                "frontdesk.mail.mailboxes[0].name=ris",
                "frontdesk.mail.mailboxes[0].host=a.test",
                "frontdesk.mail.mailboxes[1].name=ris",
                "frontdesk.mail.mailboxes[1].host=b.test");
    }

    @Test
    void badSettingsAreRefusedWithTheirNames() {
        refused("every frontdesk.mail.mailboxes[n] needs its host", "frontdesk.mail.mailboxes[0].name=ris");
        refused("listed[0].name", "frontdesk.mail.mailboxes[0].name=ris fr", "frontdesk.mail.mailboxes[0].host=a.test");
        refused("listed[0].port", "frontdesk.mail.mailboxes[0].port=70000", "frontdesk.mail.mailboxes[0].host=a.test");
        refused(
                "frontdesk.mail.mailboxes[0].security",
                "frontdesk.mail.mailboxes[0].security=tls",
                "frontdesk.mail.mailboxes[0].host=a.test");
        refused(
                "frontdesk.mail.mailboxes[0].default-language",
                "frontdesk.mail.mailboxes[0].default-language=es",
                "frontdesk.mail.mailboxes[0].host=a.test");
        refused(
                "a mailbox logs in with a password or with oauth2, not both",
                "frontdesk.mail.imap.username=u",
                "frontdesk.mail.imap.password=pw",
                "frontdesk.mail.imap.oauth2.token-uri=https://login.test/token",
                "frontdesk.mail.imap.oauth2.client-id=app",
                "frontdesk.mail.imap.oauth2.client-secret=s");
        refused(
                "a mailbox with oauth2 needs its username",
                "frontdesk.mail.imap.oauth2.token-uri=https://login.test/token",
                "frontdesk.mail.imap.oauth2.client-id=app",
                "frontdesk.mail.imap.oauth2.client-secret=s");
        refused(
                "the token-uri of oauth2 must be an http or https address",
                "frontdesk.mail.imap.username=u",
                "frontdesk.mail.imap.oauth2.token-uri=file:/etc/passwd",
                "frontdesk.mail.imap.oauth2.client-id=app",
                "frontdesk.mail.imap.oauth2.client-secret=s");
        refused(
                "imap.oauth2.clientSecret",
                "frontdesk.mail.imap.username=u",
                "frontdesk.mail.imap.oauth2.token-uri=https://login.test/token",
                "frontdesk.mail.imap.oauth2.client-id=app");
    }

    @Test
    void theSecretsAreNotInTheMessageOfARefusal() {
        runner.withPropertyValues(
                        "frontdesk.mail.imap.username=u",
                        "frontdesk.mail.imap.password=the-password",
                        "frontdesk.mail.imap.oauth2.token-uri=https://login.test/token",
                        "frontdesk.mail.imap.oauth2.client-id=app",
                        "frontdesk.mail.imap.oauth2.client-secret=the-client-secret")
                .run(context -> assertThat(context).getFailure().satisfies(failure -> assertThat(messages(failure))
                        .doesNotContain("the-password")
                        .doesNotContain("the-client-secret")));
    }

    private void refused(String message, String... properties) {
        runner.withPropertyValues(properties)
                .run(context -> assertThat(context).getFailure().satisfies(failure -> assertThat(messages(failure))
                        .contains(message)));
    }

    private static String messages(Throwable failure) {
        StringBuilder messages = new StringBuilder();
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            messages.append(cause.getMessage()).append('\n');
        }
        return messages.toString();
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(MailProperties.class)
    static class Settings {}
}

package be.miis.frontdesk.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.mail.autoconfigure.MailSenderAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The outbox's SMTP login by XOAUTH2 as configured (docs/mail.md, "OAuth2"): Spring Boot's mail sender, with every
 * {@code spring.mail.*} setting it was given, logs in with a token once {@code frontdesk.mail.smtp.oauth2} is set,
 * and stays as Spring Boot made it without. The login itself is tested over SMTP in {@link MailboxesIT}.
 */
class SmtpOAuth2Tests {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(MailSenderAutoConfiguration.class))
            .withUserConfiguration(Mail.class)
            .withPropertyValues(
                    "spring.mail.host=smtp.office365.com",
                    "spring.mail.port=587",
                    "spring.mail.default-encoding=UTF-8",
                    "spring.mail.username=frontdesk@mi-is.be",
                    "spring.mail.properties.mail.smtp.starttls.enable=true",
                    "spring.mail.properties.mail.smtp.timeout=30000");

    @Test
    void withOAuth2TheSenderLogsInByXoauth2AndKeepsItsSettings() {
        runner.withPropertyValues(
                        "frontdesk.mail.smtp.oauth2.token-uri=https://login.microsoftonline.com/t/oauth2/v2.0/token",
                        "frontdesk.mail.smtp.oauth2.client-id=app",
                        "frontdesk.mail.smtp.oauth2.client-secret=secret",
                        "frontdesk.mail.smtp.oauth2.scope=https://outlook.office365.com/.default")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    JavaMailSender sender = context.getBean(JavaMailSender.class);
                    assertThat(sender).isInstanceOf(SmtpOAuth2.Sender.class);
                    JavaMailSenderImpl oauth2 = (JavaMailSenderImpl) sender;
                    assertThat(oauth2.getHost()).isEqualTo("smtp.office365.com");
                    assertThat(oauth2.getPort()).isEqualTo(587);
                    assertThat(oauth2.getUsername()).isEqualTo("frontdesk@mi-is.be");
                    assertThat(oauth2.getDefaultEncoding()).isEqualTo("UTF-8");
                    assertThat(oauth2.getJavaMailProperties())
                            .containsEntry("mail.smtp.starttls.enable", "true")
                            .containsEntry("mail.smtp.timeout", "30000")
                            .containsEntry("mail.smtp.auth", "true")
                            .containsEntry("mail.smtp.auth.mechanisms", "XOAUTH2");
                });
    }

    @Test
    void withoutOAuth2TheSenderIsSpringBootsOwn() {
        runner.run(context ->
                assertThat(context.getBean(JavaMailSender.class)).isExactlyInstanceOf(JavaMailSenderImpl.class));
    }

    @Test
    void oAuth2WithoutAUsernameStopsTheStart() {
        runner.withPropertyValues(
                        "spring.mail.username=",
                        "frontdesk.mail.smtp.oauth2.token-uri=https://login.microsoftonline.com/t/oauth2/v2.0/token",
                        "frontdesk.mail.smtp.oauth2.client-id=app",
                        "frontdesk.mail.smtp.oauth2.client-secret=secret")
                .run(context -> assertThat(context)
                        .getFailure()
                        .rootCause()
                        .hasMessageContaining("frontdesk.mail.smtp.oauth2 needs spring.mail.username"));
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(MailProperties.class)
    @Import({SmtpOAuth2.class, OAuth2Tokens.class})
    static class Mail {

        @Bean
        Clock clock() {
            return Clock.systemUTC();
        }
    }
}

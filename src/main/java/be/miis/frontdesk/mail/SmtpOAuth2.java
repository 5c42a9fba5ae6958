package be.miis.frontdesk.mail;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.util.StringUtils;

/**
 * The outbox's SMTP login by XOAUTH2 (docs/mail.md, "OAuth2"): with {@code frontdesk.mail.smtp.oauth2.*} set, Spring
 * Boot's mail sender ({@code spring.mail.*}, kept as configured) logs in as {@code spring.mail.username} with an access
 * token of that OAuth2 client instead of {@code spring.mail.password}, a token fetched for each connection from
 * {@link OAuth2Tokens} (and so refreshed before it expires). Jakarta Mail takes the password once per connection,
 * hence a sender whose connection asks for the token rather than a password set once.
 *
 * <p>When no token can be had, sending fails with the token endpoint's error: the mails wait in the outbox with it as
 * their last error, and Spring Boot's {@code mail} health, which connects through this sender, is DOWN.
 */
@Configuration(proxyBeanMethods = false)
class SmtpOAuth2 {

    static final String LOGIN = "smtp";

    private static final Logger log = LoggerFactory.getLogger(SmtpOAuth2.class);

    /** Static: a post-processor is made before the other beans, and must not pull them in early. */
    @Bean
    static BeanPostProcessor smtpOAuth2Login(
            ObjectProvider<MailProperties> properties, ObjectProvider<OAuth2Tokens> tokens) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (bean instanceof JavaMailSenderImpl sender && !(bean instanceof Sender)) {
                    MailProperties.OAuth2 client = properties.getObject().smtp().oauth2();
                    if (client != null) {
                        return withOAuth2(sender, tokens.getObject(), client);
                    }
                }
                return bean;
            }
        };
    }

    /** The same sender (server, settings, encoding), logging in by XOAUTH2 with a token of this client. */
    static JavaMailSenderImpl withOAuth2(
            JavaMailSenderImpl configured, OAuth2Tokens tokens, MailProperties.OAuth2 client) {
        if (!StringUtils.hasText(configured.getUsername())) {
            throw new IllegalStateException(
                    "frontdesk.mail.smtp.oauth2 needs spring.mail.username: XOAUTH2 names the user beside the token");
        }
        if (StringUtils.hasText(configured.getPassword())) {
            log.warn("spring.mail.password is not used: the SMTP login is by XOAUTH2 (frontdesk.mail.smtp.oauth2)");
        }
        Sender sender = new Sender(tokens, client);
        sender.setHost(configured.getHost());
        sender.setPort(configured.getPort());
        sender.setProtocol(configured.getProtocol());
        sender.setUsername(configured.getUsername());
        sender.setDefaultEncoding(configured.getDefaultEncoding());
        sender.setDefaultFileTypeMap(configured.getDefaultFileTypeMap());
        Properties session = new Properties();
        session.putAll(configured.getJavaMailProperties());
        for (String protocol : new String[] {"smtp", "smtps"}) {
            session.setProperty("mail." + protocol + ".auth", "true");
            session.setProperty("mail." + protocol + ".auth.mechanisms", "XOAUTH2");
        }
        sender.setJavaMailProperties(session);
        return sender;
    }

    /** Connects with the current token as the password of XOAUTH2. */
    static final class Sender extends JavaMailSenderImpl {

        private final OAuth2Tokens tokens;
        private final MailProperties.OAuth2 client;

        Sender(OAuth2Tokens tokens, MailProperties.OAuth2 client) {
            this.tokens = tokens;
            this.client = client;
        }

        @Override
        protected Transport connectTransport() throws MessagingException {
            OAuth2Tokens.Token token;
            try {
                token = tokens.token(LOGIN, client);
            } catch (OAuth2Tokens.TokenRefreshException failed) {
                log.error("SMTP: no OAuth2 token, nothing is sent: {}", failed.getMessage());
                throw new MessagingException("no OAuth2 token for SMTP: " + failed.getMessage());
            }
            if (token.refreshFailure() != null) {
                log.error(
                        "SMTP: the OAuth2 token could not be refreshed, the current one serves until {}: {}",
                        token.expiresAt(),
                        token.refreshFailure());
            }
            Transport transport = getTransport(getSession());
            try {
                transport.connect(getHost(), getPort(), getUsername(), token.value());
            } catch (AuthenticationFailedException refused) {
                tokens.forget(LOGIN);
                throw refused;
            }
            return transport;
        }
    }
}

package be.miis.frontdesk.mail.embedded;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * The development mail server (GreenMail, SMTP and IMAP on loopback) that {@link EmbeddedMailEnvironment} pointed
 * the application at: the centre's mailbox is polled from it and what the application sends lands in it, in a
 * mailbox per recipient. Every recipient gets a mailbox and any password opens it, so a newcomer can read the
 * acknowledgement of the mail they sent (README, "Mail"). Its mail lives in memory and is gone after a restart.
 */
@AutoConfiguration
@ConditionalOnClass(GreenMail.class)
@ConditionalOnBooleanProperty(EmbeddedMailEnvironment.ACTIVE)
public class EmbeddedMailServerAutoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMailServerAutoConfiguration.class);

    @Bean(destroyMethod = "stop")
    GreenMail embeddedMailServer(Environment environment) {
        int smtpPort = environment.getRequiredProperty("spring.mail.port", Integer.class);
        int imapPort = environment.getRequiredProperty("frontdesk.mail.imap.port", Integer.class);
        String address = environment.getRequiredProperty("frontdesk.mail.imap.username");
        GreenMail server = new GreenMail(new ServerSetup[] {
            new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
            new ServerSetup(imapPort, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)
        });
        // Any login opens (and creates) the mailbox of that address: a development server on loopback only.
        server.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        server.start();
        server.setUser(address, address, EmbeddedMailEnvironment.CENTRE_PASSWORD);
        log.warn(
                "No mail server configured: a development mail server runs on 127.0.0.1, SMTP port {} and IMAP port {};"
                        + " the contact centre's mailbox is {}. Mail sent to it becomes a ticket; set"
                        + " FRONTDESK_MAIL_IMAP_HOST and SPRING_MAIL_HOST to use a real one.",
                smtpPort,
                imapPort,
                address);
        return server;
    }
}

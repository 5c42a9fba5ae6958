package be.miis.frontdesk.mail.embedded;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Points the application at the development mail server when it runs as a newcomer starts it: on the embedded
 * database (no {@code SPRING_DATASOURCE_URL}) and with no mail server configured (no {@code SPRING_MAIL_HOST}, no
 * {@code FRONTDESK_MAIL_IMAP_HOST}). Then {@code ./mvnw spring-boot:run} sends and polls through a GreenMail on
 * loopback ({@link EmbeddedMailServerAutoConfiguration}); as soon as any of those is set, nothing is embedded
 * (docs/mail.md, "The development mail server").
 *
 * <p>An environment post-processor rather than a bean, because the mail settings must be in place before the mail
 * sender and the mailbox settings are bound. Its properties come last: anything set explicitly wins.
 */
public class EmbeddedMailEnvironment implements EnvironmentPostProcessor {

    static final String ACTIVE = "frontdesk.embedded-mail.active";
    static final String CENTRE_ADDRESS = "frontdesk@mi-is.localhost";
    static final String CENTRE_PASSWORD = "frontdesk";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (StringUtils.hasText(environment.getProperty("frontdesk.mail.imap.host"))
                || StringUtils.hasText(environment.getProperty("frontdesk.mail.mailboxes[0].host"))) {
            // A mailbox configured from the environment (FRONTDESK_MAIL_IMAP_HOST …, or a list of them,
            // FRONTDESK_MAIL_MAILBOXES_0_HOST …) is polled without a further switch; frontdesk.mail.enabled=false still
            // turns mail off.
            environment
                    .getPropertySources()
                    .addLast(new MapPropertySource("configuredMailbox", Map.of("frontdesk.mail.enabled", "true")));
            return;
        }
        if (!environment.getProperty("frontdesk.embedded-mail.enabled", Boolean.class, true)
                || StringUtils.hasText(environment.getProperty("spring.datasource.url"))
                || StringUtils.hasText(environment.getProperty("spring.mail.host"))) {
            return;
        }
        int smtpPort = environment.getProperty("frontdesk.embedded-mail.smtp-port", Integer.class, 3025);
        int imapPort = environment.getProperty("frontdesk.embedded-mail.imap-port", Integer.class, 3143);
        String address = environment.getProperty("frontdesk.mail.address", CENTRE_ADDRESS);
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put(ACTIVE, "true");
        properties.put("spring.mail.host", "127.0.0.1");
        properties.put("spring.mail.port", Integer.toString(smtpPort));
        properties.put("frontdesk.mail.enabled", "true");
        properties.put("frontdesk.mail.address", address);
        properties.put("frontdesk.mail.imap.host", "127.0.0.1");
        properties.put("frontdesk.mail.imap.port", Integer.toString(imapPort));
        properties.put("frontdesk.mail.imap.security", "none");
        properties.put("frontdesk.mail.imap.username", address);
        properties.put("frontdesk.mail.imap.password", CENTRE_PASSWORD);
        environment.getPropertySources().addLast(new MapPropertySource("embeddedMailServer", properties));
    }
}

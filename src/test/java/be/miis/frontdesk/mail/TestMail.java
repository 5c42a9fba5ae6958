package be.miis.frontdesk.mail;

import be.miis.frontdesk.shared.ContentLanguage;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Properties;
import org.springframework.util.unit.DataSize;

/** The centre's mailbox on the tests' GreenMail, and mail into it over SMTP byte for byte as written. */
final class TestMail {

    static final String DESK = "desk@mi-is.test";
    static final String SECRET = "secret";

    private TestMail() {}

    /** A mailbox of this name (its own stored position) on this IMAP port. */
    static MailProperties.Mailbox mailbox(String name, int port, MailProperties.Security security) {
        return new MailProperties.Mailbox(
                new MailProperties.Imap(
                        name, "127.0.0.1", port, security, DESK, SECRET, "INBOX", Duration.ofSeconds(10)),
                ContentLanguage.NL,
                "OTHER",
                DataSize.ofMegabytes(30));
    }

    /** Over SMTP to the desk, with the lines of {@code raw} ended by CRLF and no header added or rewritten. */
    static void send(int smtpPort, String raw) throws Exception {
        Properties properties = new Properties();
        properties.setProperty("mail.smtp.host", "127.0.0.1");
        properties.setProperty("mail.smtp.port", Integer.toString(smtpPort));
        Session session = Session.getInstance(properties);
        MimeMessage message = new MimeMessage(
                session,
                new ByteArrayInputStream(
                        raw.replace("\r\n", "\n").replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8)));
        try (Transport transport = session.getTransport("smtp")) {
            transport.connect();
            transport.sendMessage(message, new InternetAddress[] {new InternetAddress(DESK)});
        }
    }
}

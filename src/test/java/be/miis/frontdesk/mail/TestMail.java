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
import org.springframework.jdbc.core.simple.JdbcClient;
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

    /**
     * A CPAS of the test's own (a fresh NIS code, these mail domains), so that no test depends on the demo data, which
     * is seeded only into an empty database and so not there when another test's context wrote first.
     */
    static long organisation(JdbcClient jdbc, String run, String... domains) {
        return jdbc.sql("""
                        insert into organisation (nis_code, name_nl, name_fr, region, languages, email_domains,
                                                  search_text, created_at, updated_at)
                        select lpad((coalesce(max(nis_code::int), 10000) + 1)::text, 5, '0'), 'OCMW Namen ' || :run,
                               'CPAS de Namur ' || :run, 'WALLONIA', '{fr}', :domains, 'cpas namur', now(), now()
                        from organisation
                        returning id
                        """)
                .param("run", run)
                .param("domains", domains)
                .query(Long.class)
                .single();
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

package be.miis.frontdesk.mail;

import java.util.Properties;
import javax.net.ssl.SSLSocketFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.stereotype.Component;

/**
 * Whom the poller trusts over IMAPS and STARTTLS (docs/mail.md, "TLS"). By default the JVM's trusted certificate
 * authorities, with the server's name checked against its certificate: nothing is trusted blindly. A server with a
 * certificate of a private authority is trusted through a Spring SSL bundle that holds that authority ({@code
 * frontdesk.mail.imap.ssl-bundle}, the IMAP twin of Spring Boot's {@code spring.mail.ssl.bundle} for SMTP).
 */
@Component
class ImapTls {

    private final SslBundles bundles;
    private final String bundle;

    ImapTls(SslBundles bundles, @Value("${frontdesk.mail.imap.ssl-bundle:}") String bundle) {
        this.bundles = bundles;
        this.bundle = bundle;
    }

    /** Adds the trust of the configured bundle, if any, to the session properties of IMAP and IMAPS. */
    void configure(Properties session) {
        if (bundle.isBlank()) {
            return;
        }
        SSLSocketFactory sockets = bundles.getBundle(bundle).createSslContext().getSocketFactory();
        for (String protocol : new String[] {"imap", "imaps"}) {
            // Used for IMAPS and for the STARTTLS upgrade alike; the server's name is still checked.
            session.put("mail." + protocol + ".ssl.socketFactory", sockets);
        }
    }
}

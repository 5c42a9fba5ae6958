package be.miis.frontdesk.mail;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import org.springframework.context.ApplicationContext;

/**
 * The tests' SMTP server (GreenMail in the test JVM) and the outbox's sender, which is not scheduled in tests, for the
 * mail tests and those of other modules that send mail (the portal's question form).
 */
public final class TestOutbox {

    private TestOutbox() {}

    /** Sends what the outbox holds now, as the sender job would; returns how many mails went out. */
    public static int send(ApplicationContext context) {
        return context.getBean(OutboxSender.class)
                .send(context.getBean(Clock.class).instant());
    }

    /** An SMTP server on 127.0.0.1 at that port, started. */
    public static GreenMail startSmtp(int port) {
        GreenMail server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        return server;
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

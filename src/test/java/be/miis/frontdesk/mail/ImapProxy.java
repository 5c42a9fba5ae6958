package be.miis.frontdesk.mail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A TCP relay between the poller and the tests' IMAP server, to make the network and the server misbehave the way
 * real ones do: {@link #cut()} drops every connection (a network failure in the middle of a poll), and {@link
 * #refuseNextBodyFetch(String)} answers the next fetch of a whole message with {@code NO} and that text instead of
 * passing it on (what Exchange answers for a message it cannot convert to RFC 822).
 */
final class ImapProxy implements AutoCloseable {

    /** A client command fetching a whole message: {@code A7 FETCH 2 (BODY.PEEK[])} or a partial {@code <0.n>}. */
    private static final Pattern BODY_FETCH =
            Pattern.compile("^(\\S+) (?:UID )?FETCH \\S+ \\(BODY\\.PEEK\\[\\](?:<[^>]*>)?\\)");

    private final ServerSocket listener;
    private final int target;
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private final AtomicReference<String> refusal = new AtomicReference<>();

    ImapProxy(int target) throws IOException {
        this.target = target;
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        daemon(this::accept);
    }

    int port() {
        return listener.getLocalPort();
    }

    /** Closes every open connection; later connections are relayed again. */
    void cut() throws IOException {
        for (Socket socket : open) {
            socket.close();
        }
        open.clear();
    }

    void refuseNextBodyFetch(String text) {
        refusal.set(text);
    }

    @Override
    public void close() throws IOException {
        listener.close();
        cut();
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                Socket server = new Socket(InetAddress.getLoopbackAddress(), target);
                open.add(client);
                open.add(server);
                InputStream fromServer = server.getInputStream();
                OutputStream toClient = client.getOutputStream();
                daemon(() -> relay(fromServer, toClient));
                daemon(() -> commands(client, server));
            } catch (IOException closed) {
                return;
            }
        }
    }

    /** Client to server, a command line at a time (the poller sends no literals), refusing one body fetch. */
    private void commands(Socket client, Socket server) {
        try (InputStream in = client.getInputStream()) {
            OutputStream toServer = server.getOutputStream();
            OutputStream toClient = client.getOutputStream();
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            int b;
            while ((b = in.read()) >= 0) {
                line.write(b);
                if (b != '\n') {
                    continue;
                }
                String command = line.toString(StandardCharsets.ISO_8859_1);
                line.reset();
                Matcher fetch = BODY_FETCH.matcher(command);
                String refused = fetch.find() ? refusal.getAndSet(null) : null;
                if (refused != null) {
                    synchronized (toClient) {
                        toClient.write(
                                (fetch.group(1) + " NO " + refused + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
                        toClient.flush();
                    }
                } else {
                    toServer.write(command.getBytes(StandardCharsets.ISO_8859_1));
                    toServer.flush();
                }
            }
        } catch (IOException closed) {
            // The connection was cut or ended.
        }
    }

    private static void daemon(Runnable work) {
        Thread thread = new Thread(work, "imap-proxy");
        thread.setDaemon(true);
        thread.start();
    }

    private static void relay(InputStream from, OutputStream to) {
        byte[] buffer = new byte[8192];
        try (from) {
            int n;
            while ((n = from.read(buffer)) >= 0) {
                synchronized (to) {
                    to.write(buffer, 0, n);
                    to.flush();
                }
            }
        } catch (IOException closed) {
            // The connection was cut or ended.
        }
    }
}

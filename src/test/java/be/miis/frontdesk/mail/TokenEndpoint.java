package be.miis.frontdesk.mail;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * An OAuth2 token endpoint for tests, on a free port of loopback: it grants client credentials (RFC 6749, 4.4) to the
 * one client it knows, a new token each time ({@code token-1}, {@code token-2} …), counts the grants it was asked
 * for, and fails on demand the way real ones do.
 */
final class TokenEndpoint implements AutoCloseable {

    static final String CLIENT_ID = "frontdesk-test";
    static final String CLIENT_SECRET = "s3cret-of-the-client";

    /** How the endpoint answers the next requests. */
    enum Mode {
        GRANT,
        /** HTTP 400 with {@code invalid_client}, as Entra answers an expired client secret. */
        INVALID_CLIENT,
        /** HTTP 503 with an HTML page. */
        UNAVAILABLE,
        /** HTTP 200 with a body that is not JSON. */
        MALFORMED,
        /** HTTP 200 with JSON but no access_token. */
        NO_TOKEN,
        /** No answer until the test ends. */
        SILENT
    }

    private final HttpServer server;
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicInteger issued = new AtomicInteger();
    private final List<Map<String, String>> forms = new CopyOnWriteArrayList<>();
    private final CountDownLatch closing = new CountDownLatch(1);
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private volatile Mode mode = Mode.GRANT;
    private volatile long expiresIn = 3600;
    private volatile Consumer<String> onIssue = token -> {};

    TokenEndpoint() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/oauth2/token", this::answer);
        server.setExecutor(threads);
        server.start();
    }

    URI uri() {
        return URI.create(
                "http://127.0.0.1:%d/oauth2/token".formatted(server.getAddress().getPort()));
    }

    MailProperties.OAuth2 client(Duration refreshBefore) {
        return new MailProperties.OAuth2(
                uri(),
                CLIENT_ID,
                CLIENT_SECRET,
                "https://outlook.office365.com/.default",
                refreshBefore,
                Duration.ofSeconds(5));
    }

    void answer(Mode mode) {
        this.mode = mode;
    }

    void expiresIn(long seconds) {
        this.expiresIn = seconds;
    }

    /** Called with each token granted, before the answer: a mail server learns it. */
    void onIssue(Consumer<String> onIssue) {
        this.onIssue = onIssue;
    }

    /** How many token requests came in, granted or not. */
    int requests() {
        return requests.get();
    }

    List<Map<String, String>> forms() {
        return forms;
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            requests.incrementAndGet();
            Map<String, String> form =
                    form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            form.put("Content-Type", exchange.getRequestHeaders().getFirst("Content-Type"));
            form.put("method", exchange.getRequestMethod());
            forms.add(form);
            switch (mode) {
                case SILENT -> {
                    closing.await(30, TimeUnit.SECONDS);
                    return;
                }
                case INVALID_CLIENT -> send(exchange, 400, "application/json", """
                        {"error":"invalid_client","error_description":"AADSTS7000222: The provided client secret keys\
                         for app 'frontdesk-test' are expired."}""");
                case UNAVAILABLE -> send(exchange, 503, "text/html", "<html><body>Service Unavailable</body></html>");
                case MALFORMED -> send(exchange, 200, "application/json", "{\"access_token\": ");
                case NO_TOKEN -> send(exchange, 200, "application/json", "{\"token_type\":\"Bearer\"}");
                case GRANT -> {
                    if (!"client_credentials".equals(form.get("grant_type"))
                            || !CLIENT_ID.equals(form.get("client_id"))
                            || !CLIENT_SECRET.equals(form.get("client_secret"))) {
                        send(exchange, 401, "application/json", "{\"error\":\"invalid_client\"}");
                        return;
                    }
                    String token = "token-" + issued.incrementAndGet();
                    onIssue.accept(token);
                    send(exchange, 200, "application/json", """
                            {"token_type":"Bearer","expires_in":%d,"ext_expires_in":%d,"access_token":"%s"}""".formatted(expiresIn, expiresIn, token));
                }
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static Map<String, String> form(String body) {
        Map<String, String> form = new LinkedHashMap<>();
        for (String field : body.split("&")) {
            int equals = field.indexOf('=');
            if (equals > 0) {
                form.put(
                        URLDecoder.decode(field.substring(0, equals), StandardCharsets.UTF_8),
                        URLDecoder.decode(field.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        return form;
    }

    @Override
    public void close() {
        closing.countDown();
        server.stop(0);
        threads.shutdownNow();
    }
}

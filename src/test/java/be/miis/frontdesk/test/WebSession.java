package be.miis.frontdesk.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A browser's session over plain HTTP, for tests of pages and downloads without Chromium: its own cookies, the
 * login form with its CSRF token, redirects followed, pages asked for as HTML in Dutch.
 */
public final class WebSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    private final int port;
    private @Nullable String csrf;
    private final HttpClient client = HttpClient.newBuilder()
            .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();

    public WebSession(int port) {
        this.port = port;
    }

    /** Signs in with the demo password. */
    public WebSession login(String username) throws Exception {
        return login(username, "demo");
    }

    public WebSession login(String username, String password) throws Exception {
        Matcher csrf = CSRF.matcher(get("/login").body());
        assertThat(csrf.find()).as("CSRF token on the login page").isTrue();
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf="
                + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> response = client.send(
                request("/login")
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        // A login gives the session a new token.
        csrf = null;
        return this;
    }

    public HttpResponse<String> get(String path) throws Exception {
        return client.send(request(path).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A page asked for with extra headers given as name, value, name, value (HX-Request for an htmx swap). */
    public HttpResponse<String> get(String path, String... headers) throws Exception {
        return client.send(request(path).headers(headers).build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * A form posted as the browser posts it, with the session's CSRF token (read once from the account page's logout
     * form); the redirect that follows is followed, so the answer is the page shown after it.
     */
    public HttpResponse<String> post(String path, String form) throws Exception {
        if (csrf == null) {
            Matcher token = CSRF.matcher(get("/account").body());
            assertThat(token.find()).as("CSRF token on the account page").isTrue();
            csrf = token.group(1);
        }
        String body = (form.isEmpty() ? "" : form + "&") + "_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8);
        return client.send(
                request(path)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<byte[]> getBytes(String path) throws Exception {
        return client.send(request(path).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "text/html,*/*;q=0.8")
                .header("Accept-Language", "nl");
    }
}

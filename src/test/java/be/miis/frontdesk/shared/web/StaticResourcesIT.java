package be.miis.frontdesk.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import be.miis.frontdesk.test.FrontdeskIntegrationTest;
import be.miis.frontdesk.test.WebSession;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The static files are served from their own paths (WebConfiguration, not Boot's handler on every path), under names
 * that change with their content, cached for a year and compressed; pages and API responses are compressed but
 * never stored (docs/web-performance.md).
 */
@FrontdeskIntegrationTest
class StaticResourcesIT {

    private static final Pattern HTMX = Pattern.compile("src=\"(/webjars/htmx\\.org/[0-9.]+/dist/htmx\\.min\\.js)\"");
    private static final Pattern STATIC_LINK = Pattern.compile("(?:href|src)=\"(/(?:css|js|images|webjars)/[^\"]+)\"");
    /** A content hash in the name of the application's own files, a version in the path of a webjar's. */
    private static final Pattern VERSIONED =
            Pattern.compile("/(?:css|js|images)/.+-[0-9a-f]{32}\\.[a-z]+|/webjars/[^/]+/[0-9][^/]*/.+");

    private static final String IMMUTABLE_FOR_A_YEAR = "max-age=31536000, public, immutable";

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Test
    void servesTheApplicationsFilesAndTheWebjarsThePagesLink() throws Exception {
        WebSession browser = new WebSession(port);
        Matcher htmx = HTMX.matcher(browser.get("/login").body());
        assertThat(htmx.find()).as("versioned htmx path on the login page").isTrue();

        for (String path : new String[] {
            htmx.group(1),
            "/webjars/bootstrap/css/bootstrap.min.css",
            "/css/frontdesk.css",
            "/js/frontdesk.js",
            "/images/favicon.svg"
        }) {
            assertThat(browser.getBytes(path).statusCode()).as(path).isEqualTo(200);
        }
    }

    @Test
    void pagesLinkStaticFilesByVersionedNamesThatAreCachedForAYearAndSentCompressed() throws Exception {
        List<String> links = staticLinks(new WebSession(port).get("/login").body());
        for (String folder : new String[] {"/css/", "/js/", "/images/", "/webjars/"}) {
            assertThat(links).as("files linked by the login page").anyMatch(link -> link.startsWith(folder));
        }
        assertThat(links)
                .allSatisfy(link -> assertThat(link).as("a versioned name").matches(VERSIONED));

        for (String link : links) {
            HttpResponse<byte[]> plain = fetch(link, false);
            HttpResponse<byte[]> compressed = fetch(link, true);
            assertThat(plain.statusCode()).as(link).isEqualTo(200);
            assertThat(plain.headers().allValues("Cache-Control"))
                    .as("Cache-Control of %s", link)
                    .containsExactly(IMMUTABLE_FOR_A_YEAR);
            assertThat(plain.headers().firstValue("Pragma"))
                    .as("Pragma of %s", link)
                    .isEmpty();
            assertThat(plain.headers().firstValue("Content-Encoding"))
                    .as("not compressed unless asked")
                    .isEmpty();
            assertThat(compressed.headers().allValues("Cache-Control")).containsExactly(IMMUTABLE_FOR_A_YEAR);
            if (plain.body().length > 2048) {
                assertThat(compressed.headers().firstValue("Content-Encoding"))
                        .as("Content-Encoding of %s", link)
                        .contains("gzip");
                assertThat(compressed.body().length).as(link).isLessThan(plain.body().length / 2);
                assertThat(gunzip(compressed.body())).as(link).isEqualTo(plain.body());
            }
        }
    }

    @Test
    void pagesAndApiResponsesAreCompressedButNeverStored() throws Exception {
        WebSession agent = new WebSession(port).login("agent");
        HttpResponse<String> inbox = agent.get("/frontdesk/inbox", "Accept-Encoding", "gzip");
        assertThat(inbox.statusCode()).isEqualTo(200);
        assertThat(inbox.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(value -> assertThat(value).contains("no-store"));
        assertThat(inbox.headers().firstValue("Content-Encoding")).contains("gzip");

        HttpResponse<byte[]> api = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/tickets"))
                        .header("Authorization", basic("agent", "demo"))
                        .header("Accept", "application/json")
                        .header("Accept-Encoding", "gzip")
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(api.statusCode()).isEqualTo(200);
        assertThat(api.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(value -> assertThat(value).contains("no-store"));
        assertThat(api.headers().firstValue("Content-Encoding")).contains("gzip");
    }

    private static List<String> staticLinks(String page) {
        List<String> links = new ArrayList<>();
        Matcher link = STATIC_LINK.matcher(page);
        while (link.find()) {
            links.add(link.group(1));
        }
        return links;
    }

    private HttpResponse<byte[]> fetch(String path, boolean gzip) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (gzip) {
            request.header("Accept-Encoding", "gzip");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static byte[] gunzip(byte[] body) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return in.readAllBytes();
        }
    }

    private static String basic(String username, String password) {
        return "Basic "
                + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}

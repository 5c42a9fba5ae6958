package be.miis.frontdesk.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import be.miis.frontdesk.test.FrontdeskIntegrationTest;
import be.miis.frontdesk.test.WebSession;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The static files are served from their own paths (WebConfiguration, not Boot's handler on every path), and the
 * pages still link webjars by their versioned path.
 */
@FrontdeskIntegrationTest
class StaticResourcesIT {

    private static final Pattern HTMX = Pattern.compile("src=\"(/webjars/htmx\\.org/[0-9.]+/dist/htmx\\.min\\.js)\"");

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
}

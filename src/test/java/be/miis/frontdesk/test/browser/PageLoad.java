package be.miis.frontdesk.test.browser;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What loading the page shown now cost the browser, read from the Navigation, Resource and Paint Timing APIs once
 * the page has settled (loaded, and no htmx request of its own still under way): bytes over the network (headers
 * included; a file served from the cache counts 0), requests, first contentful paint. The bytes are deterministic
 * for the same page and cache, the times are not (docs/web-performance.md).
 *
 * @param pathAndQuery the page
 * @param transferred bytes received for the document and everything it loaded, headers included
 * @param document bytes received for the document alone
 * @param requests the document and every resource it loaded (stylesheets, scripts, images, htmx requests)
 * @param fromNetwork of those, how many came over the network rather than from the browser's cache
 * @param firstContentfulPaint milliseconds from the start of the navigation, negative when not reported
 * @param serverResponse milliseconds from sending the request for the document to its first byte
 * @param documentReceived milliseconds from the start of the navigation to the last byte of the document
 * @param downloads each resource that came over the network, as "bytes url"
 */
public record PageLoad(
        String pathAndQuery,
        long transferred,
        long document,
        int requests,
        int fromNetwork,
        double firstContentfulPaint,
        double serverResponse,
        double documentReceived,
        List<String> downloads) {

    private static final Duration WAIT = Duration.ofSeconds(15);

    private static final String SETTLED =
            "return document.readyState === 'complete' && !document.querySelector('.htmx-request')"
                    + " ? performance.getEntriesByType('resource').length : -1";

    private static final String MEASURE = """
            var nav = performance.getEntriesByType('navigation')[0];
            var fcp = performance.getEntriesByName('first-contentful-paint')[0];
            var transferred = nav.transferSize, fromNetwork = 1, downloads = [];
            var resources = performance.getEntriesByType('resource');
            resources.forEach(function (r) {
                transferred += r.transferSize;
                if (r.transferSize > 0) {
                    fromNetwork++;
                    downloads.push(r.transferSize + ' ' + r.name.replace(location.origin, ''));
                }
            });
            return {
                path: location.pathname + location.search,
                transferred: transferred,
                document: nav.transferSize,
                requests: resources.length + 1,
                fromNetwork: fromNetwork,
                fcp: fcp ? fcp.startTime : -1,
                server: nav.responseStart - nav.requestStart,
                received: nav.responseEnd,
                downloads: downloads
            };
            """;

    /**
     * Waits until the page shown now has settled, then measures it. Settled means loaded, with no htmx request
     * under way, twice in a row a moment apart with the same number of resources: a fragment loaded on "load" may
     * bring a fragment of its own.
     */
    public static PageLoad of(Browser browser) {
        JavascriptExecutor page = (JavascriptExecutor) browser.driver();
        long[] last = {-2};
        new WebDriverWait(browser.driver(), WAIT, Duration.ofMillis(250)).until(driver -> {
            long resources = ((Number) page.executeScript(SETTLED)).longValue();
            boolean same = resources >= 0 && resources == last[0];
            last[0] = resources;
            return same;
        });
        @SuppressWarnings("unchecked")
        Map<String, Object> figures = (Map<String, Object>) page.executeScript(MEASURE);
        @SuppressWarnings("unchecked")
        List<Object> downloads = (List<Object>) figures.get("downloads");
        return new PageLoad(
                (String) figures.get("path"),
                number(figures, "transferred").longValue(),
                number(figures, "document").longValue(),
                number(figures, "requests").intValue(),
                number(figures, "fromNetwork").intValue(),
                number(figures, "fcp").doubleValue(),
                number(figures, "server").doubleValue(),
                number(figures, "received").doubleValue(),
                downloads.stream().map(String::valueOf).toList());
    }

    /**
     * Milliseconds from the last byte of the document to the first contentful paint: what the browser spends on the
     * stylesheets and scripts the page waits for, without the server's time.
     */
    public double paintAfterDocument() {
        return firstContentfulPaint - documentReceived;
    }

    private static Number number(Map<String, Object> figures, String name) {
        return (Number) figures.get(name);
    }
}

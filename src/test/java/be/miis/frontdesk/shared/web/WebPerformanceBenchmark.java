package be.miis.frontdesk.shared.web;

import be.miis.frontdesk.test.BenchmarkApplication;
import be.miis.frontdesk.test.browser.BackOfficePages;
import be.miis.frontdesk.test.browser.Browser;
import be.miis.frontdesk.test.browser.PageLoad;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.openqa.selenium.By;

/**
 * What a back-office page costs the browser (docs/web-performance.md): bytes over the network on a first visit
 * (empty cache) and on a repeat visit (what the earlier visit cached), and the time to the first contentful paint,
 * for the agent's inbox, quick log and a ticket page; then the bytes of every back-office page of each role.
 *
 * <p>Starts the application with the demo data on a fresh embedded PostgreSQL and drives the headless Chromium of
 * the browser tests over localhost (no network latency: the figures are what the page itself costs). Each page is
 * opened {@code -Dbenchmark.rounds=…} times (default 10) after {@link #WARM_UP} rounds, from about:blank, once with
 * the cache emptied and once with it as the previous visit left it; {@code -Dbenchmark.everyPage=false} leaves out the
 * pages of each role. Writes {@code target/benchmarks/web-performance.md}.
 *
 * <p>A program, run by {@code ./mvnw -Pbenchmark verify}; alone: {@code ./mvnw -Pbenchmark test-compile
 * exec:java@web-performance-benchmark}.
 */
public final class WebPerformanceBenchmark {

    private static final int ROUNDS = Integer.getInteger("benchmark.rounds", 10);
    private static final int WARM_UP = 3;
    private static final boolean EVERY_PAGE = Boolean.parseBoolean(System.getProperty("benchmark.everyPage", "true"));
    private static final int MAX_PAGES_PER_ROLE = 40;
    private static final Path OUTPUT = Path.of("target/benchmarks");

    private final Browser browser;
    private final StringBuilder report = new StringBuilder();

    private WebPerformanceBenchmark(Browser browser) {
        this.browser = browser;
    }

    public static void main(String[] args) throws Exception {
        Files.createDirectories(OUTPUT);
        try (BenchmarkApplication application = BenchmarkApplication.start(
                        BenchmarkApplication.database(Map.of(), OUTPUT), "--frontdesk.demo.enabled=true");
                Browser browser = Browser.standalone("http://localhost:" + application.port())) {
            WebPerformanceBenchmark benchmark = new WebPerformanceBenchmark(browser);
            benchmark.agentPages();
            if (EVERY_PAGE) {
                for (String role : List.of("agent", "expert", "manager", "admin")) {
                    benchmark.everyPageOf(role);
                }
            }
            Path file = OUTPUT.resolve("web-performance.md");
            Files.writeString(file, benchmark.report);
            System.out.println(benchmark.report);
            System.out.println("Written to " + file.toAbsolutePath());
        }
    }

    private void agentPages() {
        signIn("agent");
        browser.open("/frontdesk/inbox");
        String ticket = browser.find(By.cssSelector("a[href*='/frontdesk/tickets/']"))
                .getDomAttribute("href")
                .replaceFirst("[?#].*", "");
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("inbox", "/frontdesk/inbox");
        pages.put("quick log", "/frontdesk");
        pages.put("ticket", ticket);

        for (int round = 0; round < WARM_UP; round++) {
            pages.values().forEach(page -> {
                visit(page, true);
                visit(page, false);
            });
        }
        Map<String, List<PageLoad>> first = new LinkedHashMap<>();
        Map<String, List<PageLoad>> repeat = new LinkedHashMap<>();
        for (int round = 0; round < ROUNDS; round++) {
            pages.forEach((name, page) -> {
                first.computeIfAbsent(name, n -> new ArrayList<>()).add(visit(page, true));
                repeat.computeIfAbsent(name, n -> new ArrayList<>()).add(visit(page, false));
            });
        }

        line("## The agent's pages, " + ROUNDS + " visits each (localhost)");
        line("");
        line("| page | visit | transferred | requests (from the network) | first contentful paint p50 / p95 |"
                + " server response p50 | paint after the document p50 / p95 |");
        line("|---|---|---:|---:|---:|---:|---:|");
        pages.keySet().forEach(name -> {
            row(name, "first", first.get(name));
            row(name, "repeat", repeat.get(name));
        });
        line("");
        line("Downloaded on a first visit of the inbox: "
                + String.join(", ", first.get("inbox").get(ROUNDS - 1).downloads()));
        line("");
        line("Downloaded on a repeat visit of the inbox: "
                + String.join(", ", repeat.get("inbox").get(ROUNDS - 1).downloads()));
        line("");
    }

    private void everyPageOf(String role) {
        signIn(role);
        List<String> pages = BackOfficePages.reachableFrom(browser, MAX_PAGES_PER_ROLE);
        line("## Every page of " + role + " (" + pages.size() + " kinds of page)");
        line("");
        line("| page | first visit | repeat visit | requests | from the network on a repeat visit |");
        line("|---|---:|---:|---:|---:|");
        List<PageLoad> repeats = new ArrayList<>();
        for (String page : pages) {
            PageLoad first = visit(page, true);
            PageLoad repeat = visit(page, false);
            repeats.add(repeat);
            line("| `%s` | %s | %s | %d | %d |"
                    .formatted(
                            page,
                            kilobytes(first.transferred()),
                            kilobytes(repeat.transferred()),
                            repeat.requests(),
                            repeat.fromNetwork()));
        }
        PageLoad heaviest = repeats.stream()
                .max(Comparator.comparingLong(PageLoad::transferred))
                .orElseThrow();
        line("");
        line("Heaviest repeat visit: `%s`, %s (%s)"
                .formatted(
                        heaviest.pathAndQuery(),
                        kilobytes(heaviest.transferred()),
                        String.join(", ", heaviest.downloads())));
        line("");
    }

    /** Opens the page from about:blank, with the cache emptied first or as the previous visits left it. */
    private PageLoad visit(String page, boolean emptyCache) {
        browser.driver().get("about:blank");
        if (emptyCache) {
            browser.clearCache();
        }
        browser.open(page);
        return PageLoad.of(browser);
    }

    private void signIn(String username) {
        browser.open("/login");
        browser.driver().manage().deleteAllCookies();
        browser.login(username, "demo");
    }

    private void row(String name, String visit, List<PageLoad> loads) {
        PageLoad last = loads.get(loads.size() - 1);
        line("| %s | %s | %s | %d (%d) | %s / %s ms | %s ms | %s / %s ms |"
                .formatted(
                        name,
                        visit,
                        kilobytes(last.transferred()),
                        last.requests(),
                        last.fromNetwork(),
                        millis(percentile(loads, PageLoad::firstContentfulPaint, 50)),
                        millis(percentile(loads, PageLoad::firstContentfulPaint, 95)),
                        millis(percentile(loads, PageLoad::serverResponse, 50)),
                        millis(percentile(loads, PageLoad::paintAfterDocument, 50)),
                        millis(percentile(loads, PageLoad::paintAfterDocument, 95))));
    }

    private static double percentile(List<PageLoad> loads, ToDoubleFunction<PageLoad> figure, int percentile) {
        double[] sorted = loads.stream().mapToDouble(figure).sorted().toArray();
        return sorted[Math.max(0, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1)];
    }

    private static String kilobytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f KB", bytes / 1000.0);
    }

    private static String millis(double value) {
        return String.format(Locale.ROOT, "%.0f", value);
    }

    private void line(String text) {
        report.append(text).append('\n');
    }
}

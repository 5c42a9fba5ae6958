package be.miis.frontdesk.browser;

import static org.assertj.core.api.Assertions.assertThat;

import be.miis.frontdesk.test.browser.BackOfficePages;
import be.miis.frontdesk.test.browser.Browser;
import be.miis.frontdesk.test.browser.BrowserTest;
import be.miis.frontdesk.test.browser.PageLoad;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * A click in the back office downloads the page and what is new on it, not the stylesheets and scripts again: every
 * page of each role, reached by links from the role's home page, costs less than 30 KB over the network on a repeat
 * visit (docs/web-performance.md). Bytes, not times: what travels is the same on every run.
 */
@BrowserTest
class RepeatVisitBrowserIT {

    private static final long BUDGET = 30_000;
    private static final int MAX_PAGES = 40;

    /** A content hash in the name of the application's own files, a version in the path of a webjar's. */
    private static final Pattern VERSIONED =
            Pattern.compile("/(?:css|js|images)/.+-[0-9a-f]{32}\\.[a-z]+|/webjars/[^/]+/[0-9][^/]*/.+");

    private static final String STATIC_FILES = "return Array.from(document.querySelectorAll("
            + "'link[href], script[src], img[src]'), e => e.getAttribute('href') || e.getAttribute('src'))"
            + ".filter(u => /^\\/(css|js|images|webjars)\\//.test(u))";

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"agent", "expert", "manager", "admin"})
    void aRepeatVisitToAnyBackOfficePageDownloadsLessThan30Kilobytes(String username, Browser browser) {
        browser.login(username, "demo");
        // Following the links visits every page once: the browser has seen each of them when they are measured.
        List<String> pages = BackOfficePages.reachableFrom(browser, MAX_PAGES);
        assertThat(pages).as("pages of %s", username).hasSizeGreaterThanOrEqualTo(5);

        List<String> tooHeavy = new ArrayList<>();
        List<String> unversioned = new ArrayList<>();
        for (String page : pages) {
            browser.driver().get("about:blank");
            browser.open(page);
            PageLoad load = PageLoad.of(browser);
            if (load.transferred() >= BUDGET) {
                tooHeavy.add(page + ": " + load.transferred() + " bytes, " + load.downloads());
            }
            staticFiles(browser).stream()
                    .filter(file -> !VERSIONED.matcher(file).matches())
                    .forEach(file -> unversioned.add(page + ": " + file));
        }
        assertThat(tooHeavy)
                .as("pages of %s over %d bytes on a repeat visit", username, BUDGET)
                .isEmpty();
        // A file linked by a name that stays when its content changes would be cached for a year in its old state.
        assertThat(unversioned)
                .as("static files of %s linked without a content hash or version", username)
                .isEmpty();
    }

    /** Bootstrap's script is no longer on every page; the one component every page has still works without it. */
    @Test
    void theMenuButtonOfANarrowWindowOpensTheNavigation(Browser browser) {
        browser.login("agent", "demo");
        browser.driver().manage().window().setSize(new Dimension(600, 900));
        try {
            browser.open("/frontdesk/inbox");
            assertThat(staticFiles(browser)).noneMatch(file -> file.contains("bootstrap.bundle"));
            WebElement inbox = browser.find(By.cssSelector("#fd-nav a[href='/frontdesk/inbox']"));
            WebElement menu = browser.find(By.cssSelector(".navbar-toggler"));
            assertThat(inbox.isDisplayed()).as("the navigation starts folded").isFalse();

            menu.click();
            assertThat(browser.visible(By.cssSelector("#fd-nav a[href='/frontdesk/inbox']"))
                            .isDisplayed())
                    .isTrue();
            assertThat(menu.getDomAttribute("aria-expanded")).isEqualTo("true");

            menu.click();
            assertThat(inbox.isDisplayed()).as("folded again").isFalse();
            assertThat(menu.getDomAttribute("aria-expanded")).isEqualTo("false");
        } finally {
            browser.driver().manage().window().setSize(new Dimension(1280, 900));
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> staticFiles(Browser browser) {
        return (List<String>) ((JavascriptExecutor) browser.driver()).executeScript(STATIC_FILES);
    }
}

package be.miis.frontdesk.test.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium driven like a user would: open a page, log in through the real form, click and wait for
 * the next page. Checks each page for accessibility (axe-core, and the contrast of every badge computed in the
 * browser), collects the errors of the browser console, and keeps screenshots in target/screenshots.
 */
public final class Browser implements AutoCloseable {

    public static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final Set<String> BLOCKING_IMPACTS = Set.of("serious", "critical");

    /** WCAG 2.1 AA (1.4.3) for normal text; badges are small text. */
    static final double MINIMUM_CONTRAST = 4.5;

    /**
     * Every visible badge whose text has less than {@link #MINIMUM_CONTRAST} against what is really behind it: the
     * computed colour of the text over the first opaque background among the badge and its ancestors, transparent
     * and translucent layers composed on the way (white at the bottom, the page's canvas). axe-core gave up on
     * badges whose background it could not tell and so missed white text on no background at all.
     */
    private static final String BADGE_CONTRAST_SCRIPT = """
            function rgba(value) {
              var m = value.match(/rgba?\\(([^)]+)\\)/);
              if (!m) { return [0, 0, 0, 0]; }
              var p = m[1].split(/[ ,\\/]+/).filter(function (x) { return x.length; }).map(parseFloat);
              return [p[0], p[1], p[2], p.length > 3 ? p[3] : 1];
            }
            function over(top, bottom) {
              var a = top[3];
              return [0, 1, 2].map(function (i) { return top[i] * a + bottom[i] * (1 - a); }).concat([1]);
            }
            function luminance(c) {
              var l = c.slice(0, 3).map(function (v) {
                v = v / 255;
                return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
              });
              return 0.2126 * l[0] + 0.7152 * l[1] + 0.0722 * l[2];
            }
            function background(element) {
              var layers = [];
              for (var e = element; e && e.nodeType === 1; e = e.parentElement) {
                var c = rgba(getComputedStyle(e).backgroundColor);
                if (c[3] > 0) { layers.push(c); }
                if (c[3] >= 1) { break; }
              }
              var result = [255, 255, 255, 1];
              for (var i = layers.length - 1; i >= 0; i--) { result = over(layers[i], result); }
              return result;
            }
            var minimum = arguments[0];
            var failures = [];
            document.querySelectorAll('.badge').forEach(function (badge) {
              if (!badge.getClientRects().length || !badge.textContent.trim()) { return; }
              var back = background(badge);
              var text = over(rgba(getComputedStyle(badge).color), back);
              var a = luminance(text), b = luminance(back);
              var ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
              if (ratio < minimum) {
                failures.push('"' + badge.textContent.trim().replace(/\\s+/g, ' ') + '" (' + badge.className + '): '
                    + getComputedStyle(badge).color + ' on ' + 'rgb(' + back.slice(0, 3).map(Math.round).join(', ')
                    + '), ' + ratio.toFixed(2) + ':1');
              }
            });
            return failures;
            """;

    /** The focus ring's colour, --fd-focus in frontdesk.css, as getComputedStyle reports it. */
    private static final String FOCUS_COLOUR = "rgb(255, 191, 71)";

    /**
     * Rules axe-core leaves off by default (experimental) that we want: a link or button whose spoken name does not
     * start with its visible text cannot be activated by voice control (WCAG 2.5.3). See
     * docs/keyboard-and-accessibility.md.
     */
    private static final String AXE_OPTIONS = "{\"rules\":{\"label-content-name-mismatch\":{\"enabled\":true}}}";

    /**
     * Rules that block whatever impact axe gives them: two landmarks with one name cannot be told apart in a screen
     * reader's landmark list (axe rates it "moderate").
     */
    private static final Set<String> ALWAYS_BLOCKING = Set.of("landmark-unique");

    private final ChromeDriver driver;
    private final Supplier<String> baseUrlSource;
    private final List<String> cspViolations = new ArrayList<>();
    private final List<String> consoleErrors = new ArrayList<>();
    private String baseUrl;

    private Browser(ChromeDriver driver, Supplier<String> baseUrlSource) {
        this.driver = driver;
        this.baseUrlSource = baseUrlSource;
    }

    static Browser start(Path chromium, Path chromedriver, Supplier<String> baseUrl) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--window-size=1280,900");
        // The console is where Chromium reports Content-Security-Policy violations.
        LoggingPreferences logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logging);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver.toFile())
                .usingAnyFreePort()
                .withLogOutput(OutputStream.nullOutputStream())
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return new Browser(driver, baseUrl);
    }

    /**
     * A browser for a program outside JUnit (a benchmark), on the application at this address, with the Chromium
     * and ChromeDriver the browser tests use.
     */
    public static Browser standalone(String baseUrl) {
        return start(BrowserExtension.CHROMIUM, BrowserExtension.CHROMEDRIVER, () -> baseUrl);
    }

    /** Empties the browser's HTTP cache (memory and disk), as for a first visit; cookies stay. */
    public Browser clearCache() {
        driver.executeCdpCommand("Network.clearBrowserCache", Map.of());
        return this;
    }

    /** For what the helpers do not cover. */
    public WebDriver driver() {
        return driver;
    }

    public String baseUrl() {
        if (baseUrl == null) {
            baseUrl = baseUrlSource.get();
        }
        return baseUrl;
    }

    /** Opens a path of the application, such as {@code /admin/users}. */
    public Browser open(String path) {
        driver.get(baseUrl() + path);
        return this;
    }

    /** The path of the page shown now, without query string. */
    public String path() {
        return URI.create(driver.getCurrentUrl()).getPath();
    }

    /** The path and query of the page shown now. */
    public String pathAndQuery() {
        URI uri = URI.create(driver.getCurrentUrl());
        return uri.getRawQuery() == null ? uri.getRawPath() : uri.getRawPath() + "?" + uri.getRawQuery();
    }

    /** Logs in through the login form; on success the browser is on the user's home page. */
    public Browser login(String username, String password) {
        open("/login");
        type(By.id("username"), username);
        type(By.id("password"), password);
        clickAndWait(By.cssSelector("form[action$='/login'] button[type=submit]"));
        return this;
    }

    /** Logs out with the button in the navigation bar. */
    public Browser logout() {
        clickAndWait(By.cssSelector("form[action$='/logout'] button[type=submit]"));
        return this;
    }

    public WebElement find(By by) {
        return new WebDriverWait(driver, WAIT).until(ExpectedConditions.presenceOfElementLocated(by));
    }

    public List<WebElement> findAll(By by) {
        return driver.findElements(by);
    }

    /** The visible text of an element, whitespace as the user sees it. */
    public String text(By by) {
        return find(by).getText().strip();
    }

    /**
     * The visible texts of the elements, read again if htmx replaced them while they were read (a search that
     * answers once more as the last keys arrive).
     */
    public List<String> texts(By by) {
        return new WebDriverWait(driver, WAIT)
                .ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElements(by).stream()
                        .map(e -> e.getText().strip())
                        .toList());
    }

    public Browser type(By by, String text) {
        WebElement field = find(by);
        field.clear();
        field.sendKeys(text);
        return this;
    }

    /**
     * Ticks a checkbox with the space bar, as a keyboard user would (a pointer click near the window's bottom edge
     * is refused by ChromeDriver in headless mode).
     */
    public Browser check(By by) {
        WebElement box = clickable(by);
        if (!box.isSelected()) {
            box.sendKeys(Keys.SPACE);
        }
        assertThat(box.isSelected()).as("%s is ticked", by).isTrue();
        return this;
    }

    /** Clicks something that loads a new page, and waits until that page has loaded. */
    public Browser clickAndWait(By by) {
        WebElement target = clickable(by);
        WebElement page = content();
        target.click();
        waitForNewPage(page);
        return this;
    }

    /** Sends keys to whatever has the focus, as a user typing would. */
    public Browser keys(CharSequence... keys) {
        focused().sendKeys(keys);
        return this;
    }

    /** Presses a key combination such as Control+Enter or Control+Shift+Enter on the focused element. */
    public Browser chord(CharSequence key, Keys... modifiers) {
        Actions actions = new Actions(driver);
        for (Keys modifier : modifiers) {
            actions.keyDown(modifier);
        }
        actions.sendKeys(key);
        for (Keys modifier : modifiers) {
            actions.keyUp(modifier);
        }
        actions.perform();
        return this;
    }

    /**
     * Runs an action that loads a new page (a keyboard submit), and waits until that page has loaded: a whole new
     * page, or a new {@code <main>} that htmx swapped in from the answer (the ticket page's actions).
     */
    public Browser andWaitForNewPage(Runnable action) {
        WebElement page = content();
        action.run();
        waitForNewPage(page);
        return this;
    }

    /** What a new page replaces: its {@code <main>}, which the ticket page's htmx actions replace too. */
    private WebElement content() {
        List<WebElement> main = driver.findElements(By.tagName("main"));
        return main.isEmpty() ? driver.findElement(By.tagName("html")) : main.get(0);
    }

    /**
     * Waits until the old page's root (or main region) is gone and the new page has loaded and settled. Chromedriver
     * may answer a question about the old root, in the moment the page is replaced, with "node does not belong to
     * the document" instead of "stale element": both mean the old page is gone.
     */
    private void waitForNewPage(WebElement oldRoot) {
        WebDriverWait wait = new WebDriverWait(driver, WAIT);
        wait.until(d -> {
            try {
                oldRoot.isEnabled();
                return false;
            } catch (WebDriverException gone) {
                return true;
            }
        });
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                .executeScript("return document.readyState === 'complete'"
                        + " && !document.querySelector('.htmx-swapping, .htmx-settling')")));
    }

    /** Waits until an element (one that htmx swaps in, say) is visible. */
    public WebElement visible(By by) {
        return new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /** Waits until the text of an element contains the given text (a swapped-in result). */
    public Browser waitForText(By by, String text) {
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.textToBePresentInElementLocated(by, text));
        return this;
    }

    /**
     * Scrolled to the middle of the window, so that nothing at the window's edge covers it. Instantly: Bootstrap
     * makes scrolling smooth, and a click during the animation lands where the element was, on something else.
     */
    private WebElement clickable(By by) {
        WebElement target = new WebDriverWait(driver, WAIT).until(ExpectedConditions.elementToBeClickable(by));
        driver.executeScript(
                "arguments[0].scrollIntoView({block: 'center', inline: 'nearest', behavior: 'instant'})", target);
        return target;
    }

    /** The element that has the keyboard focus. */
    public WebElement focused() {
        return driver.switchTo().activeElement();
    }

    /**
     * Runs axe-core on the page shown now, with the experimental rules named above switched on, and fails on every
     * serious or critical violation (and every {@link #ALWAYS_BLOCKING} one), naming the rule, its impact and the
     * elements concerned; then checks the contrast of every badge ({@link #assertReadableBadges}).
     */
    public Browser assertAccessible() {
        waitForTransitions();
        AxeBuilder axe = new AxeBuilder();
        axe.setOptions(AXE_OPTIONS);
        Results results = axe.analyze(driver);
        assertThat(results.isErrored())
                .as("axe-core could not check %s: %s", pathAndQuery(), results.getErrorMessage())
                .isFalse();
        List<Rule> blocking = results.getViolations().stream()
                .filter(rule -> BLOCKING_IMPACTS.contains(rule.getImpact()) || ALWAYS_BLOCKING.contains(rule.getId()))
                .toList();
        if (!blocking.isEmpty()) {
            throw new AssertionError(
                    "Serious or critical accessibility violations on " + pathAndQuery() + ":\n" + describe(blocking));
        }
        return assertReadableBadges();
    }

    /**
     * Waits until no CSS transition runs. Bootstrap fades a button's colours over 0.15 s when it loses the focus
     * (its :focus-visible state wears the hover colours); axe measuring halfway through saw light blue on light blue
     * and failed a page whose every settled state is readable. The settled page is what a user reads.
     */
    private void waitForTransitions() {
        new WebDriverWait(driver, WAIT)
                .until(d ->
                        Boolean.TRUE.equals(driver.executeScript("return document.getAnimations().every(function (a) {"
                                + " return !(a instanceof CSSTransition) || a.playState !== 'running'; });")));
    }

    /** Fails when a visible badge's text has a contrast under 4.5:1, computed in the browser as the user sees it. */
    public Browser assertReadableBadges() {
        List<String> failures = unreadableBadges();
        assertThat(failures)
                .as("badges under %s:1 contrast on %s", MINIMUM_CONTRAST, pathAndQuery())
                .isEmpty();
        return this;
    }

    /** The badges of the page shown now whose contrast is under 4.5:1, described (for a test of the check). */
    @SuppressWarnings("unchecked")
    public List<String> unreadableBadges() {
        return List.copyOf((List<String>) driver.executeScript(BADGE_CONTRAST_SCRIPT, MINIMUM_CONTRAST));
    }

    /**
     * Fails when the browser console reported an error since the last check: a script error, an htmx error event
     * (htmx logs them as errors: a target that is not on the page, an expression the policy refuses), a blocked or
     * missing script or style. Pages and htmx requests answered with an error status are not counted: the tests
     * check those answers themselves (a 409 on a conflict is what they expect).
     */
    public Browser assertNoConsoleErrors() {
        List<String> found = takeConsoleErrors();
        assertThat(found).as("errors in the browser console").isEmpty();
        return this;
    }

    /** The console errors reported since the last check, which this call forgets (for a test of the check). */
    public List<String> takeConsoleErrors() {
        collectConsole();
        List<String> found = List.copyOf(consoleErrors);
        consoleErrors.clear();
        cspViolations.clear();
        return found;
    }

    /**
     * Gives the element the keyboard focus and fails unless it then shows our focus ring, computed as the browser
     * draws it: a solid outline of at least 3 px in the focus colour, with the dark inner ring (box-shadow) that
     * keeps it visible on light and dark backgrounds (WCAG 2.4.7). Bootstrap's more specific rules set
     * {@code outline: 0} on nav links, tabs, selects and radios; this catches them winning again.
     */
    public Browser assertFocusVisible(By by) {
        WebElement element = find(by);
        driver.executeScript(
                "arguments[0].scrollIntoView({block: 'center', behavior: 'instant'}); arguments[0].focus();", element);
        @SuppressWarnings("unchecked")
        Map<String, Object> style = (Map<String, Object>) driver.executeScript("""
                var e = arguments[0], s = getComputedStyle(e);
                return {focused: document.activeElement === e, outlineStyle: s.outlineStyle,
                        outlineWidth: parseFloat(s.outlineWidth), outlineColor: s.outlineColor,
                        boxShadow: s.boxShadow};
                """, element);
        String what = by + " " + style;
        assertThat(style.get("focused")).as("%s takes the focus", what).isEqualTo(true);
        assertThat(style.get("outlineStyle")).as("outline style of %s", what).isEqualTo("solid");
        assertThat(((Number) style.get("outlineWidth")).doubleValue())
                .as("outline width of %s", what)
                .isGreaterThanOrEqualTo(3);
        assertThat(style.get("outlineColor")).as("outline colour of %s", what).isEqualTo(FOCUS_COLOUR);
        assertThat(String.valueOf(style.get("boxShadow")))
                .as("inner ring of %s", what)
                .startsWith("rgb(11, 12, 12)");
        return this;
    }

    /**
     * Sets the page's viewport to exactly this size in CSS pixels (a window size would include whatever the
     * browser takes for itself); {@link #reset()} restores the default.
     */
    public Browser viewport(int width, int height) {
        driver.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
        return this;
    }

    /** Fails when the browser console reported a Content-Security-Policy violation since the last check. */
    public Browser assertNoCspViolations() {
        collectConsole();
        List<String> found = List.copyOf(cspViolations);
        cspViolations.clear();
        assertThat(found)
                .as("Content-Security-Policy violations in the console")
                .isEmpty();
        return this;
    }

    /** The CSP violations reported since the last check, which this call forgets (for a test of the check). */
    public List<String> takeCspViolations() {
        collectConsole();
        List<String> found = List.copyOf(cspViolations);
        cspViolations.clear();
        // Taken, so expected: they no longer count as console errors either.
        consoleErrors.removeAll(found);
        return found;
    }

    /**
     * Runs axe-core as {@link #assertAccessible()} does, but fails on every violation whatever its impact (the
     * public portal's bar: docs/portal.md).
     */
    public Browser assertNoAxeViolations() {
        waitForTransitions();
        AxeBuilder axe = new AxeBuilder();
        axe.setOptions(AXE_OPTIONS);
        Results results = axe.analyze(driver);
        assertThat(results.isErrored())
                .as("axe-core could not check %s: %s", pathAndQuery(), results.getErrorMessage())
                .isFalse();
        if (!results.getViolations().isEmpty()) {
            throw new AssertionError(
                    "Accessibility violations on " + pathAndQuery() + ":\n" + describe(results.getViolations()));
        }
        return assertReadableBadges();
    }

    /**
     * Switches the page's JavaScript off or on, as a visitor without scripts would browse (Chromium's
     * Emulation.setScriptExecutionDisabled; the driver's own scripts still run). {@link #reset()} switches it on.
     */
    public Browser javascript(boolean enabled) {
        driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", !enabled));
        return this;
    }

    /** The bytes of the page shown now and of everything it loaded (decoded: what the browser had to read). */
    public long pageWeight() {
        Object bytes = driver.executeScript("var total = performance.getEntriesByType('navigation')[0].decodedBodySize;"
                + " performance.getEntriesByType('resource').forEach(function (r) { total += r.decodedBodySize; });"
                + " return total;");
        return ((Number) bytes).longValue();
    }

    /** Saves a PNG of the window as target/screenshots/{name}.png. */
    public Path screenshot(String name) {
        Path file = SCREENSHOTS.resolve(name + ".png");
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not save screenshot " + file, e);
        }
        return file;
    }

    /** Back to a fresh visitor: no session, no language cookie, a blank page. */
    void reset() {
        if (driver.getCurrentUrl() != null && driver.getCurrentUrl().startsWith(baseUrl())) {
            driver.manage().deleteAllCookies();
        }
        collectConsole();
        cspViolations.clear();
        consoleErrors.clear();
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
        driver.get("about:blank");
    }

    private void collectConsole() {
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            String message = entry.getMessage();
            if (message.contains("Content Security Policy") || message.contains("Content-Security-Policy")) {
                cspViolations.add(message);
            }
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue() && !isAnsweredRequest(message)) {
                consoleErrors.add(message);
            }
        }
    }

    /**
     * Chromium reports every response with an error status as "Failed to load resource: the server responded with
     * a status of …". For a page or an htmx request that is the application's answer, which the test checks; for a
     * script, style sheet or image it is a broken page.
     */
    private static boolean isAnsweredRequest(String message) {
        if (!message.contains("the server responded with a status of")) {
            return false;
        }
        return !(message.contains("/webjars/")
                || message.contains("/css/")
                || message.contains("/js/")
                || message.contains("/images/"));
    }

    private static String describe(List<Rule> rules) {
        return rules.stream()
                .map(rule -> "- " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + "\n    "
                        + rule.getNodes().stream()
                                .map(node -> String.valueOf(node.getTarget()))
                                .collect(Collectors.joining("\n    ")))
                .collect(Collectors.joining("\n"));
    }

    @Override
    public void close() {
        driver.quit();
    }
}

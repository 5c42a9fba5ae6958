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
 * the next page. Checks each page for accessibility (axe-core) and keeps screenshots in target/screenshots.
 */
public final class Browser implements AutoCloseable {

    public static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final Set<String> BLOCKING_IMPACTS = Set.of("serious", "critical");

    private final ChromeDriver driver;
    private final Supplier<String> baseUrlSource;
    private final List<String> cspViolations = new ArrayList<>();
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

    public List<String> texts(By by) {
        return findAll(by).stream().map(e -> e.getText().strip()).toList();
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
        WebElement page = driver.findElement(By.tagName("html"));
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

    /** Runs an action that loads a new page (a keyboard submit), and waits until that page has loaded. */
    public Browser andWaitForNewPage(Runnable action) {
        WebElement page = driver.findElement(By.tagName("html"));
        action.run();
        waitForNewPage(page);
        return this;
    }

    /**
     * Waits until the old page's root is gone and the new page has loaded. Chromedriver may answer a question about
     * the old root, in the moment the page is replaced, with "node does not belong to the document" instead of
     * "stale element": both mean the old page is gone.
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
        wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
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
     * Runs axe-core on the page shown now and fails on every serious or critical violation, naming the rule, its
     * impact and the elements concerned.
     */
    public Browser assertAccessible() {
        Results results = new AxeBuilder().analyze(driver);
        assertThat(results.isErrored())
                .as("axe-core could not check %s: %s", pathAndQuery(), results.getErrorMessage())
                .isFalse();
        List<Rule> blocking = results.getViolations().stream()
                .filter(rule -> BLOCKING_IMPACTS.contains(rule.getImpact()))
                .toList();
        if (!blocking.isEmpty()) {
            throw new AssertionError(
                    "Serious or critical accessibility violations on " + pathAndQuery() + ":\n" + describe(blocking));
        }
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
        return found;
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
        driver.get("about:blank");
    }

    private void collectConsole() {
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            String message = entry.getMessage();
            if (message.contains("Content Security Policy") || message.contains("Content-Security-Policy")) {
                cspViolations.add(message);
            }
        }
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

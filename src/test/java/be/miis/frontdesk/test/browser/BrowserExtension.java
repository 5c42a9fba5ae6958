package be.miis.frontdesk.test.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Starts one Chromium per test class, resets it before each test, fails a test that left an error in the browser
 * console (Content-Security-Policy violations included), and keeps a screenshot of every failed test.
 */
class BrowserExtension
        implements ExecutionCondition,
                BeforeAllCallback,
                BeforeEachCallback,
                AfterEachCallback,
                AfterAllCallback,
                ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(BrowserExtension.class);

    private static final Logger log = LoggerFactory.getLogger(BrowserExtension.class);

    /** The console says once per run why browser tests are skipped, not once per class. */
    private static final AtomicBoolean SKIP_REPORTED = new AtomicBoolean();

    static final Path CHROMIUM = Path.of(setting("FRONTDESK_CHROMIUM", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(setting("FRONTDESK_CHROMEDRIVER", "/usr/bin/chromedriver"));

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        String missing = missing();
        if (missing == null) {
            return ConditionEvaluationResult.enabled("Chromium and ChromeDriver are installed");
        }
        if (inCi()) {
            // Nothing may be skipped in CI: let beforeAll fail with the reason.
            return ConditionEvaluationResult.enabled("CI=true: the browser test runs and fails, " + missing);
        }
        String reason = "Browser tests skipped: " + missing
                + " (apt-get install -y chromium chromium-driver, or set FRONTDESK_CHROMIUM / FRONTDESK_CHROMEDRIVER)";
        if (SKIP_REPORTED.compareAndSet(false, true)) {
            log.warn(reason);
        }
        return ConditionEvaluationResult.disabled(reason);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        String missing = missing();
        if (missing != null) {
            throw new IllegalStateException("CI=true and " + missing
                    + ": browser tests may not be skipped in CI (apt-get install -y chromium chromium-driver)");
        }
        Browser browser = Browser.start(CHROMIUM, CHROMEDRIVER, () -> baseUrl(context));
        context.getStore(NAMESPACE).put(Browser.class, browser);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        browser(context).reset();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Browser browser = browser(context);
        if (context.getExecutionException().isPresent()) {
            browser.screenshot("failed-" + context.getRequiredTestClass().getSimpleName() + "-"
                    + context.getRequiredTestMethod().getName());
        }
        browser.assertNoConsoleErrors();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        Browser browser = context.getStore(NAMESPACE).remove(Browser.class, Browser.class);
        if (browser != null) {
            browser.close();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Browser.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return browser(context);
    }

    private static Browser browser(ExtensionContext context) {
        Browser browser = context.getStore(NAMESPACE).get(Browser.class, Browser.class);
        if (browser == null) {
            throw new IllegalStateException("No browser: @BrowserTest starts one per test class");
        }
        return browser;
    }

    private static String baseUrl(ExtensionContext context) {
        String port = SpringExtension.getApplicationContext(context)
                .getEnvironment()
                .getRequiredProperty("local.server.port");
        return "http://localhost:" + port;
    }

    private static @Nullable String missing() {
        if (!Files.isExecutable(CHROMIUM)) {
            return "no Chromium at " + CHROMIUM;
        }
        if (!Files.isExecutable(CHROMEDRIVER)) {
            return "no ChromeDriver at " + CHROMEDRIVER;
        }
        return null;
    }

    private static boolean inCi() {
        String ci = System.getenv("CI");
        return ci != null && ci.trim().toLowerCase(Locale.ROOT).equals("true");
    }

    private static String setting(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}

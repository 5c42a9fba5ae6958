package be.miis.frontdesk.browser;

import static org.assertj.core.api.Assertions.assertThat;

import be.miis.frontdesk.test.browser.Browser;
import be.miis.frontdesk.test.browser.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The strict Content-Security-Policy breaks nothing the pages do: every page loads without a violation in the
 * console (checked after each browser test by the extension; here over the pages no other journey visits). The
 * first test shows the check would notice one.
 */
@BrowserTest
class ContentSecurityPolicyBrowserIT {

    @Test
    void consoleCheckSeesAnInlineScriptThatThePolicyRefuses(Browser browser) {
        browser.login("agent", "demo");
        ((JavascriptExecutor) browser.driver())
                .executeScript("var s = document.createElement('script');"
                        + " s.textContent = 'window.injected = true;'; document.head.appendChild(s);");

        assertThat(browser.takeCspViolations())
                .anySatisfy(message -> assertThat(message).contains("script-src 'self'"));
        assertThat(((JavascriptExecutor) browser.driver()).executeScript("return window.injected === true"))
                .isEqualTo(false);
    }

    @Test
    void adminPagesLoadWithoutViolations(Browser browser) {
        browser.login("admin", "demo");
        for (String page : new String[] {"/admin", "/admin/users", "/admin/users/new", "/admin/audit", "/account"}) {
            browser.open(page);
            assertThat(browser.path()).isEqualTo(page);
            browser.assertAccessible().assertNoCspViolations();
        }
    }
}

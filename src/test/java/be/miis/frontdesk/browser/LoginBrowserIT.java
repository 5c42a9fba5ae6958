package be.miis.frontdesk.browser;

import static org.assertj.core.api.Assertions.assertThat;

import be.miis.frontdesk.shared.Language;
import be.miis.frontdesk.test.browser.Browser;
import be.miis.frontdesk.test.browser.BrowserTest;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

/** The login page, logging out, and the keyboard route past the navigation. */
@BrowserTest
class LoginBrowserIT {

    private static final Locale DUTCH = Language.NL.locale();

    @Autowired
    MessageSource messages;

    @Test
    void loginPageIsAccessibleAndInDutchForAnUnknownBrowser(Browser browser) {
        browser.open("/login");

        assertThat(browser.text(By.tagName("h1"))).isEqualTo(message("login.heading"));
        browser.assertAccessible();
        browser.screenshot("login");
    }

    @Test
    void wrongPasswordShowsTheLocalisedErrorOnTheLoginPage(Browser browser) {
        browser.login("agent", "not-the-password");

        assertThat(browser.pathAndQuery()).isEqualTo("/login?error");
        assertThat(browser.text(By.id("login-error"))).isEqualTo(message("login.error.badCredentials"));
        assertThat(browser.find(By.id("username")).getDomAttribute("aria-describedby"))
                .isEqualTo("login-error");
        browser.assertAccessible();
        browser.screenshot("login-error");

        // A good login clears the failure count, so the shared demo user is never locked out by this test.
        browser.login("agent", "demo");
        assertThat(browser.path()).isEqualTo("/frontdesk");
    }

    @Test
    void skipLinkIsTheFirstTabStopAndMovesFocusToTheMainContent(Browser browser) {
        // The inbox: a page without a field that takes the focus on load (the quick log's caller field does).
        browser.login("agent", "demo").open("/frontdesk/inbox");
        // On a loaded machine the headless window may not have the keyboard focus yet; a user's window has it.
        ((JavascriptExecutor) browser.driver()).executeScript("window.focus()");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(5))
                .until(d -> (Boolean) ((JavascriptExecutor) d).executeScript("return document.hasFocus()"));

        new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
        assertThat(browser.focused().getDomAttribute("class")).contains("skip-link");
        assertThat(browser.focused().getText()).isEqualTo(message("layout.skipToContent"));
        assertThat(browser.focused().getDomAttribute("href")).isEqualTo("#main");

        new Actions(browser.driver()).sendKeys(Keys.ENTER).perform();
        assertThat(browser.focused().getDomAttribute("id")).isEqualTo("main");
        assertThat(browser.focused().getTagName()).isEqualTo("main");
    }

    @Test
    void logoutReturnsToTheLoginPageAndProtectedPagesThenAskForALogin(Browser browser) {
        browser.login("agent", "demo").logout();

        assertThat(browser.pathAndQuery()).isEqualTo("/login?logout");
        assertThat(browser.text(By.cssSelector("div.alert-success[role=status]")))
                .isEqualTo(message("login.loggedOut"));
        browser.assertAccessible();

        for (String page : new String[] {"/frontdesk", "/backoffice", "/manager", "/admin/users", "/account", "/"}) {
            browser.open(page);
            assertThat(browser.path()).as("%s after logout", page).isEqualTo("/login");
        }
    }

    private String message(String key) {
        return messages.getMessage(key, null, DUTCH);
    }
}

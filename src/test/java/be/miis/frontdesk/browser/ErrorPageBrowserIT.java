package be.miis.frontdesk.browser;

import static org.assertj.core.api.Assertions.assertThat;

import be.miis.frontdesk.shared.Language;
import be.miis.frontdesk.test.browser.Browser;
import be.miis.frontdesk.test.browser.BrowserTest;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

/** Pages one may not see, or that do not exist, answer with the layout's error page in the user's language. */
@BrowserTest
class ErrorPageBrowserIT {

    @Autowired
    MessageSource messages;

    @Test
    void agentOpeningTheAdministrationGetsTheLocalisedForbiddenPage(Browser browser) {
        browser.login("agent", "demo").open("/admin");

        assertErrorPage(browser, "/admin", "error.403", Language.NL.locale());
        browser.screenshot("error-403");
    }

    @Test
    void managerGetsTheForbiddenPageInFrench(Browser browser) {
        browser.login("manager", "demo").open("/admin/users");

        assertErrorPage(browser, "/admin/users", "error.403", Language.FR.locale());
    }

    @Test
    void unknownAddressGivesTheLocalisedNotFoundPage(Browser browser) {
        browser.login("agent", "demo").open("/no-such-page");

        assertErrorPage(browser, "/no-such-page", "error.404", Language.NL.locale());
        browser.screenshot("error-404");
    }

    @Test
    void unknownAddressGivesTheNotFoundPageInFrenchForAFrenchUser(Browser browser) {
        browser.login("manager", "demo").open("/manager/no-such-page");

        assertErrorPage(browser, "/manager/no-such-page", "error.404", Language.FR.locale());
    }

    private void assertErrorPage(Browser browser, String path, String prefix, Locale locale) {
        assertThat(browser.path()).isEqualTo(path);
        assertThat(browser.find(By.tagName("html")).getDomAttribute("lang")).isEqualTo(locale.getLanguage());
        assertThat(browser.text(By.tagName("h1"))).isEqualTo(messages.getMessage(prefix + ".title", null, locale));
        assertThat(browser.text(By.cssSelector("main p.lead")))
                .isEqualTo(messages.getMessage(prefix + ".detail", null, locale));
        assertThat(browser.text(By.cssSelector("main a.btn")))
                .isEqualTo(messages.getMessage("error.backHome", null, locale));
        browser.assertAccessible();
    }
}

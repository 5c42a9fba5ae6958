package be.miis.frontdesk.browser;

import static org.assertj.core.api.Assertions.assertThat;

import be.miis.frontdesk.identity.Role;
import be.miis.frontdesk.shared.Language;
import be.miis.frontdesk.test.browser.Browser;
import be.miis.frontdesk.test.browser.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

/**
 * The FR/EN/NL links switch the interface language, and a logged-in user's choice is kept on the account, so it
 * comes back at the next login even in a browser without the language cookie.
 */
@BrowserTest
class LanguageBrowserIT {

    @Autowired
    MessageSource messages;

    @Test
    void languageLinksSwitchTheLoginPage(Browser browser) {
        browser.open("/login");
        assertLanguage(browser, Language.NL, "login.heading");

        switchTo(browser, Language.FR);
        assertLanguage(browser, Language.FR, "login.heading");
        assertThat(browser.text(By.cssSelector("label[for=username]"))).isEqualTo(text("login.username", Language.FR));
        browser.assertAccessible();

        switchTo(browser, Language.EN);
        assertLanguage(browser, Language.EN, "login.heading");
        browser.assertAccessible();
    }

    @Test
    void switchingLanguageChangesTheTextsAndIsRememberedAtTheNextLogin(Browser browser) {
        String username = JourneyUsers.create(browser, "lang", Role.AGENT, Language.NL);
        browser.login(username, JourneyUsers.PASSWORD);
        assertThat(browser.path()).isEqualTo("/frontdesk");
        assertHome(browser, username, Language.NL);

        switchTo(browser, Language.FR);
        assertThat(browser.path()).isEqualTo("/frontdesk");
        assertHome(browser, username, Language.FR);
        browser.assertAccessible();
        browser.screenshot("frontdesk-home-fr");

        switchTo(browser, Language.EN);
        assertHome(browser, username, Language.EN);
        browser.assertAccessible();

        browser.logout();
        assertLanguage(browser, Language.EN, "login.heading");
        // A fresh browser: only the account can remember the choice now.
        browser.driver().manage().deleteAllCookies();
        browser.open("/login");
        assertLanguage(browser, Language.NL, "login.heading");

        browser.login(username, JourneyUsers.PASSWORD);
        assertThat(browser.path()).isEqualTo("/frontdesk");
        assertHome(browser, username, Language.EN);
    }

    private void switchTo(Browser browser, Language language) {
        browser.clickAndWait(By.cssSelector("a.fd-language-link[hreflang='" + language.code() + "']"));
        assertThat(browser.find(By.cssSelector("a.fd-language-link[hreflang='" + language.code() + "']"))
                        .getDomAttribute("aria-current"))
                .isEqualTo("true");
    }

    private void assertHome(Browser browser, String username, Language language) {
        assertThat(browser.text(By.tagName("h1"))).isEqualTo(text("ticket.log.title", language));
        assertThat(browser.text(By.cssSelector("label[for=callerQuery]")))
                .isEqualTo(text("ticket.log.caller", language));
        assertThat(browser.text(By.cssSelector("#fd-nav ul.me-auto a.nav-link")))
                .isEqualTo(text("nav.frontdesk", language));
        assertThat(browser.text(By.cssSelector("form[action$='/logout'] button")))
                .isEqualTo(text("nav.logout", language));
    }

    private void assertLanguage(Browser browser, Language language, String headingKey) {
        assertThat(browser.find(By.tagName("html")).getDomAttribute("lang")).isEqualTo(language.code());
        assertThat(browser.text(By.tagName("h1"))).isEqualTo(text(headingKey, language));
    }

    private String text(String key, Language language) {
        return messages.getMessage(key, null, language.locale());
    }
}

package be.miis.frontdesk.browser;

import static org.assertj.core.api.Assertions.assertThat;

import be.miis.frontdesk.test.browser.Browser;
import be.miis.frontdesk.test.browser.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The checks every browser test runs: an error in the console fails the test, a badge under 4.5:1 fails the page's
 * accessibility check; and the searches that answer Enter do so through htmx, not with a full page load (a trigger
 * filter needs eval, which the Content-Security-Policy refuses).
 */
@BrowserTest
class BrowserChecksBrowserIT {

    @Test
    void consoleCheckSeesAnError(Browser browser) {
        browser.login("agent", "demo");
        script(browser, "console.error('something broke')");

        assertThat(browser.takeConsoleErrors()).anySatisfy(m -> assertThat(m).contains("something broke"));
    }

    @Test
    void contrastCheckSeesWhiteTextOnNoBackgroundAndPassesDarkTextOnALightFill(Browser browser) {
        browser.login("agent", "demo").open("/frontdesk/inbox");
        script(
                browser,
                "document.querySelector('main').insertAdjacentHTML('afterbegin',"
                        + " '<span class=\"badge\">Hoog</span><span class=\"badge text-bg-warning\">Let op</span>')");

        assertThat(browser.unreadableBadges())
                .singleElement()
                .satisfies(m -> assertThat(m).startsWith("\"Hoog\"").contains("rgb(255, 255, 255)"));
    }

    @Test
    void enterInTheFaqSearchAnswersWithoutLoadingThePage(Browser browser) {
        browser.login("agent", "demo").open("/knowledge");
        WebElement page = browser.find(By.tagName("html"));
        browser.find(By.id("q")).sendKeys("leefloon alleenstaande", Keys.ENTER);

        browser.waitForText(By.id("faq-results"), "alleenstaande");
        assertThat(page.isDisplayed()).as("still the same page").isTrue();
        assertThat(browser.pathAndQuery()).contains("q=leefloon");
        browser.assertNoConsoleErrors();
    }

    @Test
    void enterInTheOrganisationSearchAnswersWithoutLoadingThePage(Browser browser) {
        browser.login("agent", "demo").open("/frontdesk/organisations");
        WebElement page = browser.find(By.tagName("html"));
        browser.find(By.id("q")).sendKeys("44021", Keys.ENTER);

        browser.waitForText(By.id("organisation-results"), "Gent");
        assertThat(page.isDisplayed()).as("still the same page").isTrue();
        assertThat(browser.pathAndQuery()).contains("q=44021");
        browser.assertNoConsoleErrors();
    }

    private static void script(Browser browser, String script) {
        ((JavascriptExecutor) browser.driver()).executeScript(script);
    }
}

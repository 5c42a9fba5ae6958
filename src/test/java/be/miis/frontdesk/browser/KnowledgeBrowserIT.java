package be.miis.frontdesk.browser;

import static org.assertj.core.api.Assertions.assertThat;

import be.miis.frontdesk.test.browser.Browser;
import be.miis.frontdesk.test.browser.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * The FAQ base in a real browser: an agent finds answers while typing (stemmed, with a typo), reads an article
 * page that passes axe, and proposes a new article; an expert publishes it and it is found at once.
 */
@BrowserTest
class KnowledgeBrowserIT {

    @Test
    void anAgentSearchesAsTheyTypeAndProposesAnArticleThatAnExpertPublishes(Browser browser) {
        browser.login("agent", "demo");
        browser.open("/knowledge");
        browser.find(By.id("q")).sendKeys("leeflonen alleenstaande");
        browser.waitForText(By.id("faq-results"), "Hoeveel bedraagt het leefloon voor een alleenstaande?");
        browser.waitForText(By.id("live-region"), "leeflonen");
        browser.assertAccessible();

        browser.type(By.id("q"), "stookoliefons");
        browser.waitForText(By.id("faq-results"), "Stookoliefonds");
        browser.screenshot("knowledge-search");

        browser.clickAndWait(By.partialLinkText("Sociaal Stookoliefonds"));
        assertThat(browser.path()).startsWith("/knowledge/articles/");
        assertThat(browser.text(By.tagName("h1"))).contains("Stookoliefonds");
        browser.assertAccessible();

        browser.open("/knowledge/articles/new");
        browser.assertAccessible();
        browser.type(By.id("translations0.question"), "Hoe vraagt een OCMW een kampvergoeding voor jongeren aan?");
        browser.type(
                By.id("translations0.answerHtml"), "<p>Via het e-formulier kampvergoeding.</p><script>x()</script>");
        browser.type(By.id("translations1.question"), "Comment un CPAS demande-t-il une indemnité de camp ?");
        browser.type(By.id("translations1.answerHtml"), "<p>Via le formulaire électronique indemnité de camp.</p>");
        press(browser, By.cssSelector("main form button[type=submit]"));
        String article = browser.path();
        assertThat(article).matches("/knowledge/articles/\\d+");
        assertThat(browser.driver().getPageSource()).doesNotContain("x()");
        press(browser, By.cssSelector("form[action$='/submit'] button"));
        assertThat(browser.findAll(By.cssSelector("form[action$='/publish']")))
                .as("an agent cannot publish")
                .isEmpty();
        browser.logout();

        browser.login("expert", "demo");
        browser.open(article);
        press(browser, By.cssSelector("form[action$='/publish'] button"));
        assertThat(browser.text(By.cssSelector("main"))).contains("Gepubliceerd");
        browser.open("/knowledge?q=kampvergoeding&lang=nl");
        assertThat(browser.text(By.id("faq-results"))).contains("kampvergoeding");
        browser.assertAccessible();
    }

    /** Presses a button with the keyboard (a pointer click near the window's edge is refused in headless mode). */
    private static void press(Browser browser, By button) {
        browser.andWaitForNewPage(() -> browser.find(button).sendKeys(Keys.ENTER));
    }
}

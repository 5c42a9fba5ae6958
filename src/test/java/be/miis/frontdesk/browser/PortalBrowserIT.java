package be.miis.frontdesk.browser;

import static org.assertj.core.api.Assertions.assertThat;

import be.miis.frontdesk.selfservice.RateLimits;
import be.miis.frontdesk.test.browser.Browser;
import be.miis.frontdesk.test.browser.BrowserTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A visitor of the public portal, logged out, in French: searches "chauffage", opens the heating-oil fund article,
 * switches to Dutch and German (a fallback, said so), says it helped. Every page has no axe-core violation of any
 * impact and weighs under 200 kB with everything it loads; then the same journey with JavaScript off.
 */
@BrowserTest
class PortalBrowserIT {

    private static final long MAX_PAGE_BYTES = 200 * 1024;

    @Autowired
    RateLimits limits;

    @BeforeEach
    void noLimitsReached() {
        limits.forget();
    }

    @Test
    void aVisitorSearchesReadsSwitchesLanguageAndSaysTheArticleHelped(Browser browser) {
        browser.open("/portal/fr");
        assertThat(((org.openqa.selenium.JavascriptExecutor) browser.driver())
                        .executeScript("return typeof window.htmx"))
                .isEqualTo("object");
        check(browser);
        assertThat(browser.find(By.tagName("html")).getDomAttribute("lang")).isEqualTo("fr");
        browser.assertFocusVisible(By.cssSelector(".pt-languages a[hreflang=nl]"));
        browser.type(By.id("q"), "chauffage");
        browser.clickAndWait(By.cssSelector("form[role=search] button[type=submit]"));
        assertThat(browser.pathAndQuery()).isEqualTo("/portal/fr/search?q=chauffage");
        assertThat(browser.texts(By.cssSelector(".pt-hits a"))).anyMatch(t -> t.contains("Fonds social chauffage"));
        check(browser);

        // As the visitor types, the results follow (htmx), and say so when nothing matches.
        browser.type(By.id("q"), "qwxzvbnmpl");
        browser.waitForText(By.id("results"), "Aucun résultat");
        check(browser);
        browser.find(By.id("q")).sendKeys(Keys.chord(Keys.CONTROL, "a"), "chauffage mazout");
        browser.waitForText(By.id("results"), "Fonds social chauffage");

        browser.clickAndWait(By.partialLinkText("Fonds social chauffage"));
        assertThat(browser.path())
                .startsWith("/portal/fr/articles/")
                .endsWith("/qui-a-droit-a-une-allocation-du-fonds-social-chauffage");
        assertThat(browser.text(By.cssSelector("article h1"))).contains("Fonds social chauffage");
        check(browser);

        // The same article in Dutch, then in German, which it lacks: shown in its source language, said so.
        browser.clickAndWait(By.cssSelector(".pt-languages a[hreflang=nl]"));
        assertThat(browser.text(By.cssSelector("article h1"))).contains("Sociaal Stookoliefonds");
        check(browser);
        browser.clickAndWait(By.cssSelector(".pt-languages a[hreflang=de]"));
        assertThat(browser.text(By.cssSelector("p.pt-notice"))).contains("nicht auf Deutsch");
        assertThat(browser.find(By.tagName("article")).getDomAttribute("lang")).isEqualTo("nl");
        check(browser);
        browser.clickAndWait(By.cssSelector(".pt-languages a[hreflang=fr]"));

        // An error first (no choice), then the vote.
        browser.clickAndWait(By.cssSelector("#helpful button[type=submit]"));
        assertThat(browser.driver().getTitle()).startsWith("Erreur :");
        check(browser);
        browser.check(By.id("helpful-yes"));
        browser.type(By.id("comment"), "Clair et complet");
        browser.clickAndWait(By.cssSelector("#helpful button[type=submit]"));
        assertThat(browser.text(By.cssSelector("#helpful .pt-success")))
                .isEqualTo("Merci, votre réponse a été enregistrée.");
        check(browser);

        browser.clickAndWait(By.cssSelector(".pt-crumbs a[href*='/categories/']"));
        check(browser);
        browser.clickAndWait(By.cssSelector(".pt-footer a[href$='/accessibility']"));
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Déclaration d'accessibilité");
        check(browser);
        browser.open("/portal/fr/nothing");
        check(browser);
        browser.assertNoConsoleErrors().assertNoCspViolations();
    }

    /** Another article than the first journey's, whose vote of today this browser already gave. */
    @Test
    void withoutJavaScriptTheSameJourneyWorks(Browser browser) {
        browser.open("/portal/fr");
        browser.javascript(false);
        browser.open("/portal/fr");
        assertThat(browser.driver().getPageSource()).contains("htmx.min.js");
        assertThat(((org.openqa.selenium.JavascriptExecutor) browser.driver())
                        .executeScript("return typeof window.htmx"))
                .as("the page's scripts did not run")
                .isEqualTo("undefined");
        browser.type(By.id("q"), "montant isolé");
        browser.clickAndWait(By.cssSelector("form[role=search] button[type=submit]"));
        assertThat(browser.pathAndQuery()).isEqualTo("/portal/fr/search?q=montant+isol%C3%A9");
        browser.clickAndWait(By.partialLinkText("montant du revenu d'intégration"));
        assertThat(browser.text(By.cssSelector("article h1"))).contains("montant du revenu d'intégration");
        browser.check(By.id("helpful-no"));
        browser.clickAndWait(By.cssSelector("#helpful button[type=submit]"));
        assertThat(browser.text(By.cssSelector("#helpful .pt-success")))
                .isEqualTo("Merci, votre réponse a été enregistrée.");
        browser.clickAndWait(By.cssSelector(".pt-languages a[hreflang=nl]"));
        assertThat(browser.text(By.cssSelector("article h1"))).contains("leefloon");
    }

    private static void check(Browser browser) {
        browser.assertNoAxeViolations();
        assertThat(browser.pageWeight())
                .as("bytes of %s", browser.pathAndQuery())
                .isLessThan(MAX_PAGE_BYTES);
    }
}

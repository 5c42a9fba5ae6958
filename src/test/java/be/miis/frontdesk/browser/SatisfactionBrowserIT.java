package be.miis.frontdesk.browser;

import static org.assertj.core.api.Assertions.assertThat;

import be.miis.frontdesk.organisation.OrganisationService;
import be.miis.frontdesk.quality.AnsweredByMail;
import be.miis.frontdesk.shared.ContentLanguage;
import be.miis.frontdesk.test.browser.Browser;
import be.miis.frontdesk.test.browser.BrowserTest;
import be.miis.frontdesk.ticket.TicketService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An OCMW user rates an answer from its mail's link, in Chromium, with the keyboard only (docs/satisfaction.md): the
 * page asks to confirm the score the link chose, thanks in the user's language, and is free of any axe violation
 * (the portal's bar); without JavaScript, a missing score is explained and the rating still counts.
 */
@BrowserTest
class SatisfactionBrowserIT {

    @Autowired
    TicketService tickets;

    @Autowired
    OrganisationService organisations;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anOcmwUserConfirmsTheScoreTheLinkChoseAndIsThankedInTheirLanguage(Browser browser) {
        String link = AnsweredByMail.ratingLink(tickets, organisations, jdbc, ContentLanguage.FR);

        browser.open(link + "?score=5");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Évaluez notre réponse");
        assertThat(browser.find(By.id("score-5")).isSelected()).isTrue();
        browser.assertNoAxeViolations();
        browser.screenshot("rating-confirm");

        // Keyboard only: the chosen score has the focus in its group; the arrow moves to 4, Tab to the remark.
        browser.find(By.id("score-5")).sendKeys(Keys.ARROW_DOWN);
        assertThat(browser.find(By.id("score-4")).isSelected()).isTrue();
        browser.keys(Keys.TAB).keys("Très clair, merci.");
        assertThat(browser.focused().getAttribute("id")).isEqualTo("comment");
        browser.keys(Keys.TAB);
        browser.andWaitForNewPage(() -> browser.keys(Keys.ENTER));

        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Merci");
        assertThat(browser.text(By.cssSelector("main"))).contains("Votre évaluation est enregistrée");
        browser.assertNoAxeViolations();
        assertThat(jdbc.sql("select score from satisfaction_survey where comment = 'Très clair, merci.'")
                        .query(Integer.class)
                        .single())
                .isEqualTo(4);
    }

    @Test
    void withoutJavaScriptAMissingScoreIsExplainedAndTheRatingStillWorks(Browser browser) {
        String link = AnsweredByMail.ratingLink(tickets, organisations, jdbc, ContentLanguage.NL);
        browser.javascript(false).open(link);

        browser.andWaitForNewPage(
                () -> browser.find(By.cssSelector("form button[type=submit]")).click());
        assertThat(browser.text(By.cssSelector(".pt-error-summary"))).contains("Kies hoe tevreden u bent");
        assertThat(browser.driver().getTitle()).startsWith("Fout: Beoordeel ons antwoord");

        browser.find(By.id("score-2")).click();
        browser.andWaitForNewPage(
                () -> browser.find(By.cssSelector("form button[type=submit]")).click());
        assertThat(browser.text(By.cssSelector("main"))).contains("Een verantwoordelijke bekijkt uw vraag opnieuw");
        // axe runs as a script: it checks the same pages in the test above, with JavaScript on.
    }
}

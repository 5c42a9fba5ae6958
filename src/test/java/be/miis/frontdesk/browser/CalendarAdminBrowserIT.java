package be.miis.frontdesk.browser;

import static org.assertj.core.api.Assertions.assertThat;

import be.miis.frontdesk.test.browser.Browser;
import be.miis.frontdesk.test.browser.BrowserTest;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

/**
 * The business calendar and the queues for an admin: a year's holidays and closure days, an extra day added and
 * removed, the opening hours changed (and a wrong line explained), a queue's guarantee changed and restored.
 */
@BrowserTest
class CalendarAdminBrowserIT {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    @Autowired
    MessageSource messages;

    @Test
    void anAdminAddsABridgeDayAndRemovesItAgain(Browser browser) {
        browser.login("admin", "demo").open("/admin");
        browser.clickAndWait(By.cssSelector("a[href='/admin/calendar']"));
        browser.open("/admin/calendar?year=2028");
        assertThat(browser.text(By.id("closure-days"))).contains("21/07/2028", "15/11/2028");
        browser.assertAccessible();

        // A date field is typed differently per browser locale: set its value as the user's picker would.
        ((JavascriptExecutor) browser.driver()).executeScript("document.getElementById('day').value = '2028-05-26'");
        browser.type(By.id("nameNl"), "Brugdag na Hemelvaart");
        browser.type(By.id("nameFr"), "Pont de l'Ascension");
        browser.clickAndWait(By.cssSelector("form[action$='/closure-days'] button[type=submit]"));
        assertThat(browser.text(By.id("closure-days"))).contains("26/05/2028", "Brugdag na Hemelvaart");
        assertThat(browser.text(By.cssSelector("main .alert-success"))).contains("2028-05-26");
        browser.screenshot("admin-calendar");

        // Removing asks first, on a page of its own (no JavaScript needed), and says what it moves.
        browser.clickAndWait(By.cssSelector("a[href='/admin/calendar/closure-days/2028-05-26/delete']"));
        assertThat(browser.text(By.cssSelector("main h1"))).contains("26/05/2028");
        assertThat(browser.text(By.id("affected")))
                .isEqualTo(messages.getMessage("escalation.calendar.confirmRemove.affected", new Object[] {0}, DUTCH));
        browser.assertAccessible();
        browser.clickAndWait(By.cssSelector("main form button[type=submit]"));
        assertThat(browser.text(By.id("closure-days"))).doesNotContain("Brugdag na Hemelvaart");
    }

    @Test
    void anAdminChangesTheOpeningHoursAndAWrongLineIsExplained(Browser browser) {
        browser.login("admin", "demo").open("/admin/calendar");
        assertThat(browser.find(By.id("hours-monday")).getDomProperty("value")).isEqualTo("09:00-17:00");
        assertThat(browser.find(By.id("hours-saturday")).getDomProperty("value"))
                .isEmpty();
        browser.assertAccessible();

        browser.type(By.id("hours-friday"), "nine to five");
        browser.clickAndWait(By.cssSelector("#opening-hours button[type=submit]"));
        // What was typed stays, with the error beside the weekday it concerns.
        assertThat(browser.find(By.id("hours-friday")).getDomProperty("value")).isEqualTo("nine to five");
        assertThat(browser.find(By.id("hours-friday")).getAttribute("class")).contains("is-invalid");
        assertThat(browser.find(By.id("hours-friday")).getAttribute("aria-describedby"))
                .contains("hours-friday-error");
        assertThat(browser.text(By.id("hours-friday-error")))
                .isEqualTo(messages.getMessage("escalation.hours.format", null, DUTCH));
        browser.assertAccessible();

        try {
            browser.type(By.id("hours-friday"), "09:00-12:00, 13:00-16:00");
            browser.clickAndWait(By.cssSelector("#opening-hours button[type=submit]"));
            assertThat(browser.find(By.cssSelector("main .alert-success")).getText())
                    .isNotBlank();
            assertThat(browser.find(By.id("hours-friday")).getDomProperty("value"))
                    .isEqualTo("09:00-12:00, 13:00-16:00");
            browser.screenshot("admin-opening-hours");
        } finally {
            browser.type(By.id("hours-friday"), "09:00-17:00");
            browser.clickAndWait(By.cssSelector("#opening-hours button[type=submit]"));
        }
        assertThat(browser.find(By.id("hours-friday")).getDomProperty("value")).isEqualTo("09:00-17:00");
    }

    @Test
    void anAdminSetsTheLeadAndMembersOfAQueue(Browser browser) {
        browser.login("admin", "demo").open("/admin");
        browser.clickAndWait(By.cssSelector("a[href='/admin/queues']"));
        browser.assertAccessible();
        browser.clickAndWait(By.partialLinkText("Europees Sociaal Fonds"));
        browser.assertAccessible();
        String days = browser.find(By.id("slaWorkingDays")).getDomProperty("value");

        browser.type(By.id("slaWorkingDays"), "3");
        browser.clickAndWait(By.cssSelector("main form button[type=submit]"));
        assertThat(browser.text(By.id("queues-admin"))).contains("Europees Sociaal Fonds");
        assertThat(browser.text(By.xpath("//tr[td/a[text()='Europees Sociaal Fonds']]")))
                .contains(messages.getMessage("queue.table.slaDays", new Object[] {3}, DUTCH));

        browser.clickAndWait(By.partialLinkText("Europees Sociaal Fonds"));
        browser.type(By.id("slaWorkingDays"), days);
        browser.clickAndWait(By.cssSelector("main form button[type=submit]"));
        assertThat(browser.text(By.xpath("//tr[td/a[text()='Europees Sociaal Fonds']]")))
                .contains(messages.getMessage("queue.table.slaDays", new Object[] {Integer.parseInt(days)}, DUTCH));
    }
}

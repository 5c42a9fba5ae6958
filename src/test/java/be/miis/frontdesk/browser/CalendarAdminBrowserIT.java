package be.miis.frontdesk.browser;

import static org.assertj.core.api.Assertions.assertThat;

import be.miis.frontdesk.test.browser.Browser;
import be.miis.frontdesk.test.browser.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/** The business calendar for an admin: a year's holidays and closure days; an extra day added and removed. */
@BrowserTest
class CalendarAdminBrowserIT {

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

        browser.clickAndWait(By.cssSelector("form[action='/admin/calendar/closure-days/2028-05-26/delete'] button"));
        assertThat(browser.text(By.id("closure-days"))).doesNotContain("Brugdag na Hemelvaart");
    }
}

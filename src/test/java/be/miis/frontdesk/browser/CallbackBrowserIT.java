package be.miis.frontdesk.browser;

import static org.assertj.core.api.Assertions.assertThat;

import be.miis.frontdesk.selfservice.RateLimits;
import be.miis.frontdesk.shared.BusinessTime;
import be.miis.frontdesk.test.browser.Browser;
import be.miis.frontdesk.test.browser.BrowserTest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The acceptance of "Call me back" (issue #17): a visitor asks in Dutch to be called tomorrow morning (the form
 * without JavaScript), and an agent finds the request in the frontdesk's call-back list at that slot, logs "not
 * reached" once, then "reached", and lands on the PHONE ticket opened with the caller and the question. The portal
 * pages have no axe-core violation of any impact, the back-office pages none that is serious.
 */
@BrowserTest
class CallbackBrowserIT {

    @Autowired
    RateLimits limits;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void noLimitsReached() {
        limits.forget();
    }

    @Test
    void aVisitorAsksToBeCalledTomorrowMorningAndAnAgentCallsBack(Browser browser) {
        String name = "Lies Browser " + UUID.randomUUID().toString().substring(0, 8);

        // The form, and its error state: the summary takes the focus and links to the fields.
        browser.open("/portal/nl/callback");
        assertThat(browser.driver().getTitle()).startsWith("Bel mij terug");
        browser.assertNoAxeViolations();
        assertThat(browser.pageWeight()).as("the form with all it loads").isLessThan(200 * 1024);
        browser.type(By.id("name"), name);
        browser.clickAndWait(By.cssSelector("form[method=post] button[type=submit]"));
        assertThat(browser.driver().getTitle()).startsWith("Fout:");
        assertThat(browser.focused().getDomAttribute("class")).contains("pt-error-summary");
        assertThat(browser.texts(By.cssSelector(".pt-error-summary a"))).contains("Vul uw telefoonnummer in");
        assertThat(browser.find(By.id("name")).getDomProperty("value")).isEqualTo(name);
        browser.assertNoAxeViolations();

        // Without JavaScript: the whole form works as plain HTML.
        browser.javascript(false);
        browser.open("/portal/nl/callback");
        browser.type(By.id("phone"), "02 508 85 85");
        browser.type(By.id("name"), name);
        browser.type(By.id("organisation"), "OCMW Leuven");
        browser.check(By.id("language-nl"));
        WebElement morning = browser.find(By.cssSelector(".pt-day input[name=slot]"));
        // The first day offered is today's afternoon or tomorrow; tomorrow morning is the first slot of 3 December.
        String slot = browser.findAll(By.cssSelector("input[name=slot]")).stream()
                .map(input -> input.getDomAttribute("value"))
                .filter(value -> day(value).equals(LocalDate.of(2026, 12, 3)))
                .findFirst()
                .orElseThrow();
        assertThat(morning).isNotNull();
        browser.check(By.id("slot-" + slot));
        browser.type(By.id("question"), "Hoe bereken ik het leefloon van een student?");
        browser.screenshot("portal-callback");
        browser.clickAndWait(By.cssSelector("form[method=post] button[type=submit]"));
        assertThat(browser.path()).isEqualTo("/portal/nl/callback/requested");
        String confirmation = browser.pathAndQuery();
        assertThat(browser.text(By.cssSelector(".pt-lead")))
                .isEqualTo("We bellen u op donderdag 3 december tussen 09:00 en 11:00 (Brusselse tijd).");
        browser.javascript(true);
        browser.open(confirmation);
        browser.assertNoAxeViolations();

        long id = jdbc.sql("select id from callback_request where name = :name")
                .param("name", name)
                .query(Long.class)
                .single();

        // The agent: the request in the list, at its slot, among the coming days.
        browser.login("agent", "demo").open("/frontdesk/callbacks");
        browser.assertAccessible();
        browser.screenshot("frontdesk-callbacks");
        By row = By.id("callback-" + id);
        assertThat(browser.text(row)).contains(name).contains("OCMW Leuven").contains("+32 2 508 85 85");
        assertThat(browser.text(row)).contains("3 dec").contains("09:00–11:00");
        assertThat(browser.find(By.cssSelector("#group-LATER"))).isNotNull();
        assertThat(browser.findAll(By.cssSelector("section[aria-labelledby=group-LATER] #callback-" + id)))
                .hasSize(1);

        // Take it, call, not reached: the attempt is logged and it comes back later.
        browser.clickAndWait(By.cssSelector("#callback-" + id + " button[type=submit]"));
        assertThat(browser.path()).isEqualTo("/frontdesk/callbacks/" + id);
        assertThat(browser.find(By.id("callback-dial")).getDomAttribute("href")).isEqualTo("tel:+3225088585");
        browser.assertAccessible();
        browser.clickAndWait(By.id("callback-not-reached"));
        assertThat(browser.path()).isEqualTo("/frontdesk/callbacks");
        assertThat(browser.text(row)).contains("1 van 3");

        // Again, reached: a PHONE ticket with the caller and the question, and the agent is on it.
        browser.clickAndWait(By.cssSelector("#callback-" + id + " button[type=submit]"));
        assertThat(browser.texts(By.cssSelector("#callback-calls li"))).hasSize(1);
        // A second failed call would come before the retry delay: only "reached" is offered now.
        assertThat(browser.findAll(By.id("callback-not-reached"))).isEmpty();
        assertThat(browser.text(By.id("not-reached-later"))).contains("vanaf");
        browser.clickAndWait(By.id("callback-reached"));
        assertThat(browser.path()).startsWith("/frontdesk/tickets/CMI-");
        assertThat(browser.driver().getPageSource())
                .contains(name)
                .contains("Hoe bereken ik het leefloon van een student?");
        browser.assertAccessible();
        String reference = browser.path().substring("/frontdesk/tickets/".length());
        assertThat(jdbc.sql("select ticket_reference from callback_request where id = :id")
                        .param("id", id)
                        .query(String.class)
                        .single())
                .isEqualTo(reference);
    }

    private static LocalDate day(String epochSeconds) {
        ZonedDateTime at = Instant.ofEpochSecond(Long.parseLong(epochSeconds)).atZone(BusinessTime.ZONE);
        return at.toLocalDate();
    }
}

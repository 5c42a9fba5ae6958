package be.miis.frontdesk.browser;

import static org.assertj.core.api.Assertions.assertThat;

import be.miis.frontdesk.escalation.EscalationService;
import be.miis.frontdesk.escalation.QueueAdministration;
import be.miis.frontdesk.organisation.OrganisationService;
import be.miis.frontdesk.shared.ContentLanguage;
import be.miis.frontdesk.test.browser.Browser;
import be.miis.frontdesk.test.browser.BrowserTest;
import be.miis.frontdesk.ticket.Channel;
import be.miis.frontdesk.ticket.OpenTicket;
import be.miis.frontdesk.ticket.TicketService;
import be.miis.frontdesk.ticket.TicketType;
import java.time.Duration;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Escalations land in the queue of the ticket's domain however the domain was set: filled in by the caller card on
 * the quick log, or corrected on the ticket page; a queue chosen by hand stays chosen.
 */
@BrowserTest
class EscalationQueueBrowserIT {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    @Autowired
    TicketService tickets;

    @Autowired
    EscalationService escalations;

    @Autowired
    QueueAdministration queueAdmin;

    @Autowired
    OrganisationService organisations;

    @Test
    void aCallerWhoseCardSetsTheHeatingFundIsEscalatedByKeyboardToThatQueue(Browser browser) {
        long organisation = organisations.search("11002", 1).get(0).id();
        tickets.open(question("HEATING_FUND", organisation, "Dekt het stookoliefonds ook propaangas?"), "agent");

        browser.login("agent", "demo");
        chooseCaller(browser, "11002", organisation);
        waitForSelected(browser, By.id("domainCode"), "Sociaal Stookoliefonds");
        // The queue follows the domain the card filled in.
        waitForSelected(browser, By.id("queueId"), "Sociaal Stookoliefonds");
        browser.find(By.id("description")).sendKeys("Welke kosten dekt het stookoliefonds bij een huurder?");
        browser.andWaitForNewPage(() -> browser.chord(Keys.ENTER, Keys.CONTROL, Keys.SHIFT));

        assertThat(queueOf(loggedReference(browser))).isEqualTo("Sociaal Stookoliefonds");
    }

    @Test
    void aQueueChosenByHandStaysWhenTheDomainChanges(Browser browser) {
        long organisation = organisations.search("11002", 1).get(0).id();
        tickets.open(question("HEATING_FUND", organisation, "Dekt het stookoliefonds ook pellets?"), "agent");

        browser.login("agent", "demo");
        browser.find(By.cssSelector("#escalation-details summary")).sendKeys(Keys.ENTER);
        browser.visible(By.id("queueId")).sendKeys("Inspectie");
        waitForSelected(browser, By.id("queueId"), "Inspectie");
        chooseCaller(browser, "11002", organisation);
        waitForSelected(browser, By.id("domainCode"), "Sociaal Stookoliefonds");
        browser.find(By.id("description")).sendKeys("Een vraag die de agent zelf naar de inspectie stuurt.");
        browser.andWaitForNewPage(() -> browser.chord(Keys.ENTER, Keys.CONTROL, Keys.SHIFT));

        assertThat(queueOf(loggedReference(browser))).startsWith("Inspectie");
    }

    @Test
    void aTicketReclassifiedOnItsPageIsEscalatedToItsNewDomainsQueue(Browser browser) {
        String reference = tickets.open(question("RMI", null, "Krijgt een huurder met mazout een toelage?"), "agent");

        browser.login("agent", "demo").open("/frontdesk/tickets/" + reference);
        browser.find(By.id("reclassify-domain")).sendKeys("Sociaal");
        browser.andWaitForNewPage(
                () -> browser.find(By.cssSelector("form[action$='/classification'] button[type=submit]"))
                        .sendKeys(Keys.ENTER));
        browser.andWaitForNewPage(() -> browser.keys("e"));
        assertThat(selectedText(browser, By.id("queueId"))).startsWith("Sociaal Stookoliefonds");
        browser.find(By.id("note")).sendKeys("Vraag over mazout bij een huurder.");
        browser.andWaitForNewPage(() -> browser.chord(Keys.ENTER, Keys.CONTROL));

        assertThat(queueOf(reference)).isEqualTo("Sociaal Stookoliefonds");
    }

    private static OpenTicket question(String domain, @Nullable Long organisation, String text) {
        return new OpenTicket(
                Channel.PHONE,
                TicketType.QUESTION,
                domain,
                ContentLanguage.NL,
                organisation,
                null,
                "",
                text,
                null,
                null,
                OpenTicket.Outcome.OPEN,
                null);
    }

    /** Types in the caller field and picks the organisation itself (its history is the organisation's tickets). */
    private static void chooseCaller(Browser browser, String query, long organisation) {
        browser.find(By.id("callerQuery")).sendKeys(query);
        String option = browser.visible(
                        By.cssSelector("#caller-listbox [role=option][data-value='organisation:" + organisation + "']"))
                .getDomAttribute("id");
        // The caller list is a combobox: arrow down to the organisation's option, Enter chooses it.
        int index = Integer.parseInt(option.substring("caller-".length()));
        for (int i = 0; i <= index; i++) {
            browser.keys(Keys.ARROW_DOWN);
        }
        browser.keys(Keys.ENTER);
        browser.visible(By.id("caller-card-heading"));
    }

    private static void waitForSelected(Browser browser, By select, String text) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
                .withMessage(() -> select + " shows " + text + ", not " + selectedText(browser, select))
                .until(d -> selectedText(browser, select).startsWith(text));
    }

    /** The chosen option's text, also when the select sits in a closed details element. */
    private static String selectedText(Browser browser, By select) {
        WebElement option = new Select(browser.find(select)).getFirstSelectedOption();
        return option.getDomProperty("textContent").strip();
    }

    private static String loggedReference(Browser browser) {
        return browser.text(By.cssSelector("main p a[href*='/frontdesk/tickets/']"))
                .replaceAll(".*(CMI-\\d{4}-\\d{6}).*", "$1");
    }

    private String queueOf(String reference) {
        long queueId = escalations.findByTicket(reference).orElseThrow().queueId();
        return queueAdmin.findQueues().stream()
                .filter(q -> q.id() == queueId)
                .map(q -> q.name(DUTCH))
                .findFirst()
                .orElseThrow();
    }
}

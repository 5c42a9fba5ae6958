package be.miis.frontdesk.browser;

import static org.assertj.core.api.Assertions.assertThat;

import be.miis.frontdesk.shared.ContentLanguage;
import be.miis.frontdesk.test.browser.Browser;
import be.miis.frontdesk.test.browser.BrowserTest;
import be.miis.frontdesk.ticket.Channel;
import be.miis.frontdesk.ticket.EntryKind;
import be.miis.frontdesk.ticket.OpenTicket;
import be.miis.frontdesk.ticket.TicketService;
import be.miis.frontdesk.ticket.TicketStatus;
import be.miis.frontdesk.ticket.TicketType;
import be.miis.frontdesk.ticket.TicketView;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

/**
 * The ticket page's actions in a real browser: a ticket put to wait says what was asked and is resumed with what
 * was received, both on the timeline; an answered ticket's FAQ panel offers nothing to insert into.
 */
@BrowserTest
class TicketPageBrowserIT {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    @Autowired
    TicketService tickets;

    @Autowired
    MessageSource messages;

    @Test
    void aTicketWaitsWithWhatWasAskedAndResumesWithWhatWasReceived(Browser browser) {
        String reference = tickets.open(
                ticket("Mag een student met leefloon in het weekend werken?", OpenTicket.Outcome.OPEN, null), "agent");

        browser.login("agent", "demo").open("/frontdesk/tickets/" + reference);
        WebElement page = browser.find(By.tagName("html"));
        browser.find(By.cssSelector("#wait-details summary")).sendKeys(Keys.ENTER);
        browser.visible(By.id("wait-text")).sendKeys("Stuur het studentenattest en het arbeidscontract.");
        browser.andWaitForNewPage(() -> browser.find(By.cssSelector("#wait-details button[type=submit]"))
                .sendKeys(Keys.ENTER));

        assertThat(tickets.get(reference, "test").status()).isEqualTo(TicketStatus.WAITING_FOR_CUSTOMER);
        assertThat(browser.text(By.cssSelector(".fd-timeline")))
                .contains(messages.getMessage("ticket.entry.REQUEST", null, DUTCH))
                .contains("Stuur het studentenattest en het arbeidscontract.");
        assertThat(browser.findAll(By.id("wait-details"))).as("no second wait").isEmpty();
        // Through htmx: the timeline and actions are new, the page is the same, and the live region says what happened.
        assertThat(page.isDisplayed()).as("the same page").isTrue();
        assertThat(browser.find(By.id("live-region")).getDomProperty("textContent"))
                .isEqualTo(messages.getMessage("ticket.flash.wait", new Object[] {reference}, DUTCH));
        browser.assertAccessible();
        browser.screenshot("ticket-waiting");

        browser.find(By.id("resume-text")).sendKeys("Attest en contract ontvangen per post.");
        browser.find(By.id("resume-channel")).sendKeys("Brief");
        browser.andWaitForNewPage(() ->
                browser.find(By.cssSelector("#resume-form button[type=submit]")).sendKeys(Keys.ENTER));

        TicketView ticket = tickets.get(reference, "test");
        assertThat(ticket.status()).isEqualTo(TicketStatus.NEW);
        assertThat(ticket.entries())
                .filteredOn(e -> e.kind() == EntryKind.INCOMING)
                .last()
                .satisfies(e -> {
                    assertThat(e.body()).isEqualTo("Attest en contract ontvangen per post.");
                    assertThat(e.channel()).isEqualTo(Channel.LETTER);
                });
        assertThat(browser.findAll(By.id("resume-form"))).isEmpty();
        assertThat(page.isDisplayed()).as("the same page").isTrue();
        browser.assertAccessible();
    }

    @Test
    void anAnsweredTicketsFaqPanelOffersNothingToInsert(Browser browser) {
        String reference = tickets.open(
                ticket(
                        "Hoeveel bedraagt het leefloon voor een alleenstaande?",
                        OpenTicket.Outcome.ANSWERED,
                        "Het bedrag staat in de omzendbrief."),
                "agent");

        browser.login("agent", "demo").open("/frontdesk/tickets/" + reference);
        browser.waitForText(By.id("faq-suggestions"), "alleenstaande");

        assertThat(browser.findAll(By.cssSelector("#faq-suggestions button")))
                .as("no insert button without an answer field")
                .isEmpty();
        assertThat(browser.text(By.id("faq-suggestions")))
                .contains(messages.getMessage("ticket.faq.noAnswerField", null, DUTCH));
        browser.assertAccessible();
    }

    private static OpenTicket ticket(String text, OpenTicket.Outcome outcome, @Nullable String answer) {
        return new OpenTicket(
                Channel.PHONE,
                TicketType.QUESTION,
                "RMI",
                ContentLanguage.NL,
                null,
                null,
                "",
                text,
                null,
                null,
                outcome,
                answer);
    }
}

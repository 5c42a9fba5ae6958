package be.miis.frontdesk.browser;

import static org.assertj.core.api.Assertions.assertThat;

import be.miis.frontdesk.organisation.OrganisationService;
import be.miis.frontdesk.shared.ContentLanguage;
import be.miis.frontdesk.test.browser.Browser;
import be.miis.frontdesk.test.browser.BrowserTest;
import be.miis.frontdesk.ticket.Channel;
import be.miis.frontdesk.ticket.OpenTicket;
import be.miis.frontdesk.ticket.TicketService;
import be.miis.frontdesk.ticket.TicketType;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

/**
 * The agent's day in a real browser: a call logged from caller lookup to "answered now" without the mouse, found
 * again in the inbox, on the ticket page and on the organisation's page; and a second agent who loses nothing.
 */
@BrowserTest
class FrontdeskConsoleBrowserIT {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    @Autowired
    MessageSource messages;

    @Autowired
    TicketService tickets;

    @Autowired
    OrganisationService organisations;

    @Test
    void anAgentLogsAndAnswersACallWithTheKeyboardOnlyAndFindsItEverywhere(Browser browser) {
        browser.login("agent", "demo");
        assertThat(browser.path()).isEqualTo("/frontdesk");
        assertThat(browser.focused().getDomAttribute("id"))
                .as("the caller field has the focus")
                .isEqualTo("callerQuery");

        browser.keys("bruss");
        browser.visible(By.id("caller-0"));
        browser.assertAccessible();
        browser.keys(Keys.ARROW_DOWN, Keys.ENTER);
        WebElement card = browser.visible(By.id("caller-card-heading"));
        assertThat(card.getText()).contains("Brussel");
        String callerLanguage =
                browser.find(By.cssSelector("[data-prefill-language]")).getDomAttribute("data-prefill-language");

        tabTo(browser, "domainCode");
        browser.keys("Leefloon");
        assertThat(new Select(browser.find(By.id("domainCode")))
                        .getFirstSelectedOption()
                        .getDomAttribute("value"))
                .isEqualTo("RMI");
        browser.keys(Keys.TAB);
        assertThat(browser.focused().getDomAttribute("id")).isEqualTo("language");
        assertThat(new Select(browser.focused()).getFirstSelectedOption().getDomAttribute("value"))
                .as("the caller's language is suggested")
                .isEqualTo(callerLanguage);
        browser.keys(Keys.TAB, "Mag een OCMW het leefloon van een samenwonende student terugvorderen?");
        browser.keys(Keys.TAB);
        assertThat(browser.focused().getDomAttribute("id")).isEqualTo("answer");
        browser.keys("Ja, volgens de omzendbrief; het tarief samenwonende geldt.");
        browser.screenshot("log-call-filled");
        browser.andWaitForNewPage(() -> browser.chord(Keys.ENTER, Keys.CONTROL));

        assertThat(browser.path()).isEqualTo("/frontdesk");
        String reference = browser.text(By.cssSelector("main p a[href*='/frontdesk/tickets/']"))
                .replaceAll(".*(CMI-\\d{4}-\\d{6}).*", "$1");
        assertThat(reference).matches("CMI-\\d{4}-\\d{6}");
        assertThat(browser.text(By.cssSelector("main .alert-success")))
                .isEqualTo(messages.getMessage("ticket.flash.logged.ANSWERED", new Object[] {reference}, DUTCH));
        assertThat(browser.focused().getDomAttribute("id"))
                .as("ready for the next call")
                .isEqualTo("callerQuery");
        browser.assertAccessible();

        browser.open("/frontdesk/inbox?view=ALL");
        browser.find(By.id("q")).sendKeys(reference);
        browser.waitForText(
                By.cssSelector("#inbox-results caption"),
                messages.getMessage("ticket.inbox.count", new Object[] {1}, DUTCH));
        assertThat(browser.texts(By.cssSelector("#inbox-rows td:first-child a")))
                .containsExactly(reference);
        browser.assertAccessible();
        browser.screenshot("inbox");

        browser.clickAndWait(By.linkText(reference));
        assertThat(browser.text(By.cssSelector("header .fd-status")))
                .isEqualTo(messages.getMessage("ticket.status.ANSWERED", null, DUTCH));
        assertThat(browser.texts(By.cssSelector(".fd-entry-body")))
                .containsExactly(
                        "Mag een OCMW het leefloon van een samenwonende student terugvorderen?",
                        "Ja, volgens de omzendbrief; het tarief samenwonende geldt.");
        browser.assertAccessible();
        browser.screenshot("ticket");

        browser.clickAndWait(By.cssSelector("header a[href*='/frontdesk/organisations/']"));
        browser.waitForText(By.id("organisation-tickets"), reference);
        browser.assertAccessible();
        browser.screenshot("organisation");
    }

    @Test
    void aCallEscalatedWithCtrlShiftEnterGoesToTheBackoffice(Browser browser) {
        browser.login("agent", "demo");
        browser.keys("62063");
        browser.visible(By.id("caller-0"));
        browser.keys(Keys.ARROW_DOWN, Keys.ENTER);
        browser.visible(By.id("caller-card-heading"));
        tabTo(browser, "domainCode");
        browser.keys("Sociaal");
        tabTo(browser, "description");
        browser.keys("Welke kosten dekt het stookoliefonds bij een huurder?");
        browser.andWaitForNewPage(() -> browser.chord(Keys.ENTER, Keys.CONTROL, Keys.SHIFT));

        String reference = browser.text(By.cssSelector("main p a[href*='/frontdesk/tickets/']"))
                .replaceAll(".*(CMI-\\d{4}-\\d{6}).*", "$1");
        assertThat(browser.text(By.cssSelector("main .alert-success")))
                .isEqualTo(messages.getMessage("ticket.flash.logged.ESCALATED", new Object[] {reference}, DUTCH));
        assertThat(tickets.get(reference, "test").status().name()).isEqualTo("ESCALATED");
    }

    @Test
    void aSecondAgentAnsweringAnOutdatedTicketGetsTheConflictAndKeepsTheText(Browser browser) {
        long gent = organisations.search("44021", 1).get(0).id();
        String reference = tickets.open(
                new OpenTicket(
                        Channel.EMAIL,
                        TicketType.QUESTION,
                        "RMI",
                        ContentLanguage.NL,
                        gent,
                        null,
                        "Twee agenten",
                        "Wie antwoordt eerst?",
                        null,
                        null,
                        OpenTicket.Outcome.OPEN,
                        null),
                "agent");
        browser.login("agent", "demo").open("/frontdesk/tickets/" + reference);
        browser.find(By.id("answer-text")).sendKeys("Mijn zorgvuldig getypte antwoord");

        // Meanwhile a colleague adds a note: the page in this browser is now outdated.
        tickets.addNote(reference, "Collega: ik bel de klant terug", "expert");
        browser.andWaitForNewPage(() -> browser.chord(Keys.ENTER, Keys.CONTROL));

        assertThat(browser.text(By.id("error-summary"))).contains(messages.getMessage("ticket.conflict", null, DUTCH));
        assertThat(browser.find(By.id("answer-text")).getDomProperty("value"))
                .isEqualTo("Mijn zorgvuldig getypte antwoord");
        assertThat(browser.texts(By.cssSelector(".fd-entry-body"))).contains("Collega: ik bel de klant terug");
        browser.assertAccessible();
        browser.screenshot("ticket-conflict");

        // Having seen the colleague's note, the agent sends the kept answer deliberately.
        browser.find(By.id("answer-text")).click();
        browser.andWaitForNewPage(() -> browser.chord(Keys.ENTER, Keys.CONTROL));
        assertThat(browser.text(By.cssSelector("main .alert-success")))
                .isEqualTo(messages.getMessage("ticket.flash.answered", new Object[] {reference}, DUTCH));
    }

    @Test
    void anAgentAddsAnUnknownCallerAsAContactAndFindsThemAtTheNextCall(Browser browser) {
        long eupen = organisations.search("63023", 1).get(0).id();
        browser.login("agent", "demo").open("/frontdesk/organisations/" + eupen);
        browser.clickAndWait(By.cssSelector("a[href$='/contacts/new']"));
        browser.assertAccessible();

        browser.type(By.id("firstName"), "Jürgen");
        browser.type(By.id("lastName"), "Kessler-Browsertest");
        browser.type(By.id("phone"), "geen nummer");
        browser.clickAndWait(By.cssSelector("main form button[type=submit]"));
        assertThat(browser.text(By.id("error-summary")))
                .contains(messages.getMessage("contact.phone.invalid", null, DUTCH));
        browser.assertAccessible();

        browser.type(By.id("phone"), "+32 87 59 80 99");
        browser.clickAndWait(By.cssSelector("main form button[type=submit]"));
        assertThat(browser.text(By.cssSelector("main .alert-success")))
                .isEqualTo(
                        messages.getMessage("contact.flash.added", new Object[] {"Jürgen Kessler-Browsertest"}, DUTCH));

        browser.open("/frontdesk");
        browser.keys("087 59 80 99");
        assertThat(browser.visible(By.id("caller-0")).getText()).contains("Jürgen Kessler-Browsertest");
    }

    /**
     * Tabs forward until the field has the focus, as a keyboard user would; fails if it is not reachable.
     */
    private static void tabTo(Browser browser, String id) {
        for (int i = 0; i < 12 && !id.equals(browser.focused().getDomAttribute("id")); i++) {
            browser.keys(Keys.TAB);
        }
        assertThat(browser.focused().getDomAttribute("id"))
                .as("reached #%s with Tab", id)
                .isEqualTo(id);
    }
}

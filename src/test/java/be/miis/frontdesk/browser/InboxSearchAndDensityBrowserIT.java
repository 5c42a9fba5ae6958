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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

/**
 * The inbox as an agent uses it all day (docs/keyboard-and-accessibility.md): a search that says in which other
 * lists its hits are and survives a change of tab, the navigation bar's field that opens a ticket by its reference,
 * 20+ one-line rows on a 1366×900 screen, and a visible focus on every kind of control.
 */
@BrowserTest
class InboxSearchAndDensityBrowserIT {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    @Autowired
    MessageSource messages;

    @Autowired
    TicketService tickets;

    @Autowired
    OrganisationService organisations;

    @Test
    void aSearchSaysInWhichOtherListsItsHitsAreAndKeepsItsWordsAcrossTabs(Browser browser) {
        String reference = answeredByAColleague("Inbox zoekt in alle lijsten");
        browser.login("agent", "demo").open("/frontdesk/inbox");

        browser.find(By.id("q")).sendKeys(reference.toLowerCase(Locale.ROOT));
        browser.waitForText(By.id("inbox-rows"), messages.getMessage("ticket.inbox.noneHere", null, DUTCH));
        WebElement elsewhere = browser.visible(By.id("inbox-elsewhere"));
        String answered = messages.getMessage(
                "ticket.inbox.inView",
                new Object[] {1, messages.getMessage("ticket.inbox.view.ANSWERED", null, DUTCH)},
                DUTCH);
        assertThat(elsewhere.getText()).contains(answered);
        assertThat(browser.findAll(By.cssSelector("#inbox-tabs a")))
                .as("every tab keeps the search")
                .allSatisfy(tab -> assertThat(tab.getDomAttribute("href")).contains("q="));
        browser.assertAccessible();

        browser.clickAndWait(By.linkText(answered));
        assertThat(browser.pathAndQuery()).contains("view=ANSWERED");
        assertThat(browser.texts(By.cssSelector("#inbox-rows td:first-child a")))
                .containsExactly(reference);
        assertThat(browser.find(By.id("q")).getDomProperty("value")).isEqualToIgnoringCase(reference);

        browser.clickAndWait(By.cssSelector("#inbox-tabs a[href*='view=ALL']"));
        assertThat(browser.find(By.id("q")).getDomProperty("value"))
                .as("switching tabs keeps the search")
                .isEqualToIgnoringCase(reference);
        assertThat(browser.texts(By.cssSelector("#inbox-rows td:first-child a")))
                .containsExactly(reference);
    }

    @Test
    void aReferenceTypedInTheNavigationBarOpensTheTicketAndWordsSearchEveryList(Browser browser) {
        String reference = answeredByAColleague("Globaal zoekveld stookolie huurder");
        browser.login("agent", "demo").open("/frontdesk/inbox");

        browser.keys("/");
        assertThat(browser.focused().getDomAttribute("id"))
                .as("/ focuses the search field")
                .isEqualTo("global-q");
        browser.keys(reference.replace("-00", "-").toLowerCase(Locale.ROOT));
        browser.andWaitForNewPage(() -> browser.keys(Keys.ENTER));
        assertThat(browser.path()).isEqualTo("/frontdesk/tickets/" + reference);

        browser.find(By.id("global-q")).sendKeys("globaal zoekveld");
        browser.andWaitForNewPage(() -> browser.keys(Keys.ENTER));
        assertThat(browser.pathAndQuery()).contains("/frontdesk/inbox", "view=ALL");
        assertThat(browser.texts(By.cssSelector("#inbox-rows td:first-child a")))
                .contains(reference);
        assertThat(browser.text(By.id("inbox-elsewhere")))
                .contains(messages.getMessage("ticket.inbox.view.ANSWERED", null, DUTCH));
        browser.assertAccessible();
    }

    @Test
    void theInboxShowsTwentyOneLineRowsOnA1366By900Screen(Browser browser) {
        // A complaint's row carries its badge beside the subject: one line all the same. The "Load more" row is not a
        // ticket's (a page may hold fewer than 50 tickets: those the agent may not open are left out).
        tickets.open(
                new OpenTicket(
                        Channel.EMAIL,
                        TicketType.COMPLAINT,
                        "RMI",
                        ContentLanguage.NL,
                        null,
                        null,
                        "Een klacht met een lang onderwerp dat in de inbox wordt afgekort",
                        "Niemand belde terug.",
                        null,
                        null,
                        OpenTicket.Outcome.OPEN,
                        null),
                "agent");
        browser.login("agent", "demo").viewport(1366, 900).open("/frontdesk/inbox?view=ALL");
        @SuppressWarnings("unchecked")
        Map<String, Object> measured = (Map<String, Object>) ((JavascriptExecutor) browser.driver()).executeScript("""
                var rows = Array.prototype.slice.call(document.querySelectorAll('#inbox-rows tr:not(#inbox-more)'), 0, 50);
                var heights = rows.map(function (r) { return r.getBoundingClientRect().height; });
                var tallest = rows.reduce(function (a, r) {
                    return a && a.getBoundingClientRect().height >= r.getBoundingClientRect().height ? a : r; }, null);
                return {viewport: window.innerHeight, heights: heights,
                        tallestRow: tallest ? tallest.innerText.replace(/\s+/g, ' ') + ' | ' + tallest.innerHTML : '',
                        visible: rows.filter(function (r) { return r.getBoundingClientRect().bottom <= window.innerHeight; }).length};
                """);
        @SuppressWarnings("unchecked")
        List<Number> heights = (List<Number>) measured.get("heights");
        double tallest = heights.stream().mapToDouble(Number::doubleValue).max().orElse(0);
        System.out.printf(
                "%nINBOX DENSITY at 1366x900: %s rows fully visible, tallest of %d rows %.1f px%n",
                measured.get("visible"), heights.size(), tallest);
        browser.screenshot("inbox-1366x900");
        assertThat(((Number) measured.get("viewport")).intValue()).isEqualTo(900);
        assertThat(heights).hasSizeGreaterThanOrEqualTo(20);
        assertThat(tallest)
                .as("one line per ticket; the tallest: %s", measured.get("tallestRow"))
                .isLessThanOrEqualTo(36);
        assertThat(((Number) measured.get("visible")).intValue())
                .as("rows fully visible at 1366x900")
                .isGreaterThanOrEqualTo(20);
    }

    @Test
    void everyKindOfControlShowsTheSameStrongFocusRing(Browser browser) {
        browser.login("agent", "demo").open("/frontdesk/inbox");
        browser.assertFocusVisible(By.cssSelector("#fd-nav ul.me-auto a.nav-link"))
                .assertFocusVisible(By.cssSelector(".fd-language-link"))
                .assertFocusVisible(By.cssSelector("#global-q"))
                .assertFocusVisible(By.cssSelector("[data-shortcuts-open]"))
                .assertFocusVisible(By.cssSelector("form[action$='/logout'] button"))
                .assertFocusVisible(By.cssSelector("#inbox-tabs a.nav-link:not(.active)"))
                .assertFocusVisible(By.id("q"))
                .assertFocusVisible(By.id("status"))
                .assertFocusVisible(By.cssSelector("#inbox-filter button[type=submit]"))
                .assertFocusVisible(By.cssSelector("#inbox-filter summary"))
                .assertFocusVisible(By.cssSelector("#inbox-rows td:first-child a"));
        browser.open("/frontdesk");
        browser.assertFocusVisible(By.id("description"))
                .assertFocusVisible(By.cssSelector("#escalation-details summary"));
        browser.keys(Keys.ENTER);
        browser.assertFocusVisible(By.cssSelector("input[type=radio][name=priority]"));
    }

    private String answeredByAColleague(String subject) {
        long gent = organisations.search("44021", 1).get(0).id();
        return tickets.open(
                new OpenTicket(
                        Channel.PHONE,
                        TicketType.QUESTION,
                        "RMI",
                        ContentLanguage.NL,
                        gent,
                        null,
                        subject,
                        subject + ": een vraag die een collega al beantwoordde.",
                        null,
                        null,
                        OpenTicket.Outcome.ANSWERED,
                        "Beantwoord door een collega."),
                "expert");
    }
}

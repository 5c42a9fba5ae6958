package be.miis.frontdesk.browser;

import static org.assertj.core.api.Assertions.assertThat;

import be.miis.frontdesk.organisation.OrganisationService;
import be.miis.frontdesk.organisation.OrganisationSummary;
import be.miis.frontdesk.selfservice.RateLimits;
import be.miis.frontdesk.test.browser.Browser;
import be.miis.frontdesk.test.browser.BrowserTest;
import be.miis.frontdesk.ticket.Channel;
import be.miis.frontdesk.ticket.TicketService;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A visitor who found nothing asks the contact centre, logged out, in French: the search's "nothing found" leads to
 * the form with the words as the question; a first try without the details shows the errors (the summary has the
 * focus); the organisation is looked up by postcode; the confirmation gives the reference and the private status
 * link; an agent finds the WEB ticket in the inbox and answers it; the status page shows the answer. Again with
 * JavaScript off (the agent answering through the service). Every portal page of the flow, the error state
 * included, has no axe-core violation of any impact and weighs under 200 kB with everything it loads (checked in
 * the first journey: axe-core and the weight are measured by scripts, which the second one switches off).
 */
@BrowserTest
class PortalAskBrowserIT {

    private static final long MAX_PAGE_BYTES = 200 * 1024;

    @Autowired
    RateLimits limits;

    @Autowired
    TicketService tickets;

    @Autowired
    OrganisationService organisations;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    @AfterEach
    void noLimitsReached() {
        limits.forget();
    }

    @Test
    void aVisitorAsksGetsAReferenceAndReadsTheAgentsAnswerOnTheStatusPage(Browser browser) {
        OrganisationSummary cpas = organisation();
        browser.open("/portal/fr/search?q=qwxzvbnmpl");
        browser.clickAndWait(By.partialLinkText("Posez-nous votre question"));
        assertThat(browser.path()).isEqualTo("/portal/fr/ask");
        assertThat(browser.find(By.id("question")).getDomProperty("value")).isEqualTo("qwxzvbnmpl");
        check(browser);

        // Sent without the details: the errors, the summary in focus, the question kept.
        browser.clickAndWait(By.cssSelector("button[value=send]"));
        assertThat(browser.driver().getTitle()).startsWith("Erreur :");
        assertThat(browser.focused().getDomAttribute("id")).isEqualTo("error-summary");
        assertThat(browser.texts(By.cssSelector("#error-summary a")))
                .contains("Indiquez votre nom", "Choisissez le sujet de votre question");
        assertThat(browser.find(By.id("question")).getDomProperty("value")).isEqualTo("qwxzvbnmpl");
        check(browser);

        String asker = fill(browser, cpas, "Le fonds social chauffage intervient-il pour le gasoil ?");
        // The lookup's page, everything typed kept and the organisation found.
        check(browser);
        browser.clickAndWait(By.cssSelector("button[value=send]"));
        assertThat(browser.path()).startsWith("/portal/fr/ask/sent/");
        String reference = browser.text(By.cssSelector(".pt-reference"));
        assertThat(reference).matches("CMI-\\d{4}-\\d{6}");
        check(browser);

        browser.clickAndWait(By.cssSelector("a[href*='/status/']"));
        String status = browser.path();
        assertThat(browser.text(By.cssSelector(".pt-stage"))).isEqualTo("Reçue");
        check(browser);

        // The agent finds it in the inbox like any new ticket and answers through the web, its channel.
        browser.login("agent", "demo");
        browser.open("/frontdesk/inbox?view=OPEN&channel=WEB&q=" + reference);
        assertThat(browser.texts(By.cssSelector("main table a"))).anyMatch(link -> link.contains(reference));
        browser.open("/frontdesk/tickets/" + reference);
        assertThat(new Select(browser.find(By.id("answer-channel")))
                        .getFirstSelectedOption()
                        .getDomAttribute("value"))
                .isEqualTo("WEB");
        browser.type(By.id("answer-text"), "Oui : le gasoil de chauffage est couvert comme le mazout.");
        browser.andWaitForNewPage(() -> browser.chord(Keys.ENTER, Keys.CONTROL));
        browser.logout();

        browser.open(status);
        assertThat(browser.text(By.cssSelector(".pt-stage"))).isEqualTo("Répondue");
        assertThat(browser.text(By.cssSelector(".pt-answer-text")))
                .isEqualTo("Oui : le gasoil de chauffage est couvert comme le mazout.");
        assertThat(browser.driver().getPageSource()).doesNotContain(asker);
        check(browser);
        browser.open("/portal/fr/status/" + "x".repeat(43));
        check(browser);
        browser.assertNoConsoleErrors().assertNoCspViolations();
    }

    @Test
    void withoutJavaScriptTheSameFlowWorks(Browser browser) {
        OrganisationSummary cpas = organisation();
        browser.open("/portal/nl");
        browser.javascript(false);
        browser.open("/portal/nl/search?q=qwxzvbnmpl");
        browser.clickAndWait(By.partialLinkText("Stel ons uw vraag"));
        browser.clickAndWait(By.cssSelector("button[value=send]"));
        assertThat(browser.driver().getTitle()).startsWith("Fout:");
        fill(browser, cpas, "Geldt het stookoliefonds ook voor gasolie?");
        browser.clickAndWait(By.cssSelector("button[value=send]"));
        String reference = browser.text(By.cssSelector(".pt-reference"));
        browser.clickAndWait(By.cssSelector("a[href*='/status/']"));
        assertThat(browser.text(By.cssSelector(".pt-stage"))).isEqualTo("Ontvangen");

        tickets.answer(
                reference,
                tickets.get(reference, "agent").version(),
                "Ja, gasolie voor verwarming telt mee.",
                Channel.WEB,
                "agent");
        browser.open(browser.path());
        assertThat(browser.text(By.cssSelector(".pt-stage"))).isEqualTo("Beantwoord");
        assertThat(browser.text(By.cssSelector(".pt-answer-text"))).isEqualTo("Ja, gasolie voor verwarming telt mee.");
    }

    /** Looks the organisation up by its postcode and fills in the rest; returns the asker's address. */
    private static String fill(Browser browser, OrganisationSummary cpas, String question) {
        browser.type(By.id("find"), cpas.postcodes().get(0));
        browser.clickAndWait(By.cssSelector("button[value=find]"));
        browser.check(By.id("organisation-" + cpas.id()));
        String asker = "b" + UUID.randomUUID().toString().substring(0, 10) + "@cpas.example";
        browser.type(By.id("name"), "Sophie Lambert");
        browser.type(By.id("email"), asker);
        new Select(browser.find(By.id("domain"))).selectByValue("HEATING_FUND");
        browser.type(By.id("question"), question);
        return asker.toLowerCase(Locale.ROOT);
    }

    private OrganisationSummary organisation() {
        List<Long> ids = jdbc.sql("select id from organisation where active order by id limit 1")
                .query(Long.class)
                .list();
        return organisations.summaries(ids).values().iterator().next();
    }

    private static void check(Browser browser) {
        browser.assertNoAxeViolations();
        assertThat(browser.pageWeight())
                .as("bytes of %s", browser.pathAndQuery())
                .isLessThan(MAX_PAGE_BYTES);
    }
}

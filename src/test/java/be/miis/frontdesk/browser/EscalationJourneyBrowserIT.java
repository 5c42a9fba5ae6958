package be.miis.frontdesk.browser;

import static org.assertj.core.api.Assertions.assertThat;

import be.miis.frontdesk.escalation.EscalationService;
import be.miis.frontdesk.escalation.EscalationView;
import be.miis.frontdesk.escalation.SlaState;
import be.miis.frontdesk.shared.ContentLanguage;
import be.miis.frontdesk.test.browser.Browser;
import be.miis.frontdesk.test.browser.BrowserTest;
import be.miis.frontdesk.ticket.Channel;
import be.miis.frontdesk.ticket.EntryKind;
import be.miis.frontdesk.ticket.EscalationPriority;
import be.miis.frontdesk.ticket.OpenTicket;
import be.miis.frontdesk.ticket.TicketService;
import be.miis.frontdesk.ticket.TicketStatus;
import be.miis.frontdesk.ticket.TicketType;
import be.miis.frontdesk.ticket.TicketView;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

/**
 * The guarantee end to end in a real browser (issue #5): an agent escalates from the ticket page with the
 * keyboard, an expert takes it from the queue, asks the OCMW for information (the clock stops), the reply resumes
 * it, and the documented answer is given within the deadline.
 */
@BrowserTest
class EscalationJourneyBrowserIT {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    @Autowired
    TicketService tickets;

    @Autowired
    EscalationService escalations;

    @Autowired
    MessageSource messages;

    @Test
    void anAgentEscalatesAndAnExpertAnswersWithinTheGuarantee(Browser browser) {
        String reference = tickets.open(
                new OpenTicket(
                        Channel.PHONE,
                        TicketType.QUESTION,
                        "INSPECTION",
                        ContentLanguage.NL,
                        null,
                        null,
                        "",
                        "Mag de inspectie een terugvordering van vijf jaar geleden nog opleggen?",
                        null,
                        null,
                        OpenTicket.Outcome.OPEN,
                        null),
                "agent");

        // The agent: "e" opens the escalate form with the domain's queue chosen; the note and Ctrl+Enter send it.
        browser.login("agent", "demo").open("/frontdesk/tickets/" + reference);
        browser.andWaitForNewPage(() -> browser.keys("e"));
        assertThat(browser.path()).isEqualTo("/frontdesk/tickets/" + reference + "/escalate");
        assertThat(new Select(browser.find(By.id("queueId")))
                        .getFirstSelectedOption()
                        .getText())
                .startsWith("Inspectie");
        browser.assertAccessible();
        // Sent without a note, the form comes back with the message beside the field and nothing escalated.
        browser.find(By.id("note")).sendKeys(" ");
        browser.andWaitForNewPage(() -> browser.chord(Keys.ENTER, Keys.CONTROL));
        assertThat(browser.text(By.id("note-error")))
                .isEqualTo(messages.getMessage("escalation.note.required", null, DUTCH));
        assertThat(tickets.get(reference, "test").status()).isEqualTo(TicketStatus.NEW);
        browser.assertAccessible();

        browser.check(By.id("priority-HIGH"));
        browser.type(By.id("note"), "Vraag over verjaring; omzendbrief 2019 nagekeken, geen antwoord gevonden.");
        browser.andWaitForNewPage(() -> browser.chord(Keys.ENTER, Keys.CONTROL));
        assertThat(browser.text(By.cssSelector("main .alert-success")))
                .isEqualTo(messages.getMessage("ticket.flash.escalate", new Object[] {reference}, DUTCH));
        browser.visible(By.cssSelector("#ticket-sla .fd-sla-ON_TIME"));
        browser.waitForText(By.id("escalation-panel"), messages.getMessage("escalation.priority.HIGH", null, DUTCH));
        assertThat(browser.text(By.cssSelector(".fd-timeline"))).contains("omzendbrief 2019 nagekeken");
        browser.assertAccessible();
        browser.screenshot("escalation-escalated");
        browser.logout();

        // The expert: the queue shows it by deadline with its priority; "take" makes it theirs.
        browser.login("expert", "demo").open("/backoffice");
        browser.clickAndWait(By.partialLinkText("Inspectie"));
        By row = By.xpath("//tr[td/a[text()='" + reference + "']]");
        assertThat(browser.text(row)).contains(messages.getMessage("escalation.priority.HIGH", null, DUTCH));
        browser.assertAccessible();
        browser.andWaitForNewPage(() -> browser.find(By.xpath("//tr[td/a[text()='" + reference + "']]//button"))
                .sendKeys(Keys.ENTER));
        assertThat(browser.path()).isEqualTo("/frontdesk/tickets/" + reference);
        browser.waitForText(By.id("escalation-panel"), "expert");
        browser.open("/backoffice/mine");
        assertThat(browser.texts(By.cssSelector("#queue-rows td:first-child a")))
                .contains(reference);
        browser.assertAccessible();

        // Asking the OCMW for information stops the clock; resuming with its reply starts it again.
        browser.open("/frontdesk/tickets/" + reference);
        browser.find(By.cssSelector("#wait-details summary")).sendKeys(Keys.ENTER);
        browser.visible(By.id("wait-text")).sendKeys("Stuur de beslissing over de terugvordering.");
        browser.andWaitForNewPage(() ->
                browser.find(By.cssSelector("form[action$='/wait'] button")).sendKeys(Keys.ENTER));
        browser.waitForText(By.id("ticket-sla"), messages.getMessage("sla.paused", null, DUTCH));
        assertThat(escalations.findByTicket(reference).orElseThrow().paused()).isTrue();
        browser.type(By.id("resume-text"), "In bijlage de beslissing van 2021.");
        browser.andWaitForNewPage(() ->
                browser.find(By.cssSelector("form[action$='/resume'] button")).sendKeys(Keys.ENTER));
        assertThat(tickets.get(reference, "test").status()).isEqualTo(TicketStatus.IN_PROGRESS);
        assertThat(escalations.findByTicket(reference).orElseThrow().paused()).isFalse();

        // The documented answer, well before the deadline: the guarantee is met.
        browser.type(
                By.id("answer-text"), "De terugvordering verjaart na vijf jaar (art. 2277 BW); ze is nog mogelijk.");
        browser.andWaitForNewPage(() -> browser.chord(Keys.ENTER, Keys.CONTROL));
        browser.visible(By.cssSelector("#ticket-sla .fd-sla-MET"));
        EscalationView answered = escalations.findByTicket(reference).orElseThrow();
        assertThat(answered.state()).isEqualTo(SlaState.MET);
        assertThat(answered.priority()).isEqualTo(EscalationPriority.HIGH);
        TicketView ticket = tickets.get(reference, "test");
        assertThat(ticket.status()).isEqualTo(TicketStatus.ANSWERED);
        assertThat(ticket.slaState()).isEqualTo("MET");
        assertThat(ticket.entries())
                .filteredOn(e -> e.kind() == EntryKind.ANSWER)
                .hasSize(1);
        browser.assertAccessible();
        browser.screenshot("escalation-answered");
    }
}

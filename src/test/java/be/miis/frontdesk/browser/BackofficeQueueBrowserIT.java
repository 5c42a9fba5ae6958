package be.miis.frontdesk.browser;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

/** An expert's queue in a real browser: escalations by deadline with SLA badges, and the badge on the ticket. */
@BrowserTest
class BackofficeQueueBrowserIT {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    @Autowired
    TicketService tickets;

    @Autowired
    MessageSource messages;

    @Test
    void anExpertSeesTheQueueByDeadlineAndTheGuaranteeOnTheTicket(Browser browser) {
        String reference = tickets.open(
                new OpenTicket(
                        Channel.PHONE,
                        TicketType.QUESTION,
                        "URBAN_POLICY",
                        ContentLanguage.NL,
                        null,
                        null,
                        "",
                        "Welke steden vallen onder het grootstedenbeleid?",
                        null,
                        null,
                        OpenTicket.Outcome.ESCALATED,
                        null),
                "agent");
        browser.login("expert", "demo").open("/backoffice");
        browser.assertAccessible();
        browser.clickAndWait(By.partialLinkText("Grootstedenbeleid"));
        assertThat(browser.texts(By.cssSelector("#queue-rows td:first-child a")))
                .contains(reference);
        String onTime = messages.getMessage("sla.badge.ON_TIME", new Object[] {""}, DUTCH)
                .strip();
        assertThat(browser.text(By.xpath("//tr[td/a[text()='" + reference + "']]")))
                .as("a question escalated just now is on time")
                .contains(onTime);
        browser.assertAccessible();
        browser.screenshot("backoffice-queue");

        browser.clickAndWait(By.linkText(reference));
        browser.visible(By.cssSelector("#ticket-sla .fd-sla-ON_TIME"));
        assertThat(browser.text(By.id("ticket-sla"))).contains(onTime);
        browser.assertAccessible();
        browser.screenshot("ticket-sla");
    }
}

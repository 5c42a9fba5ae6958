package be.miis.frontdesk.browser;

import static org.assertj.core.api.Assertions.assertThat;

import be.miis.frontdesk.shared.ContentLanguage;
import be.miis.frontdesk.test.browser.Browser;
import be.miis.frontdesk.test.browser.BrowserTest;
import be.miis.frontdesk.ticket.Channel;
import be.miis.frontdesk.ticket.OpenTicket;
import be.miis.frontdesk.ticket.TicketService;
import be.miis.frontdesk.ticket.TicketType;
import java.util.Base64;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A customer's mail with attachments on the ticket page in a real browser (docs/mail.md, "Attachments"): the kept
 * ones linked, a refused one listed with the reason, and the mail's original formatting shown with its own inline
 * image, under the page's strict Content-Security-Policy. What the mail module keeps is written as it would write
 * it (MailAttachmentsIT covers intake itself).
 */
@BrowserTest
class TicketMailBrowserIT {

    private static final byte[] PNG = Base64.getDecoder()
            .decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    @Autowired
    TicketService tickets;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MessageSource messages;

    @Test
    void anAgentSeesTheAttachmentsOfAMailAndItsOriginalFormattingWithItsInlineImage(Browser browser) {
        String reference = tickets.open(
                new OpenTicket(
                        Channel.EMAIL,
                        TicketType.QUESTION,
                        "OTHER",
                        ContentLanguage.FR,
                        null,
                        null,
                        "Formulaire et logo",
                        "Bonjour, voici le formulaire.",
                        null,
                        null,
                        OpenTicket.Outcome.OPEN,
                        null),
                "mail");
        long ticketId = tickets.findId(reference).orElseThrow();
        UUID question = tickets.questionEntry(reference);
        long mail = jdbc.sql("""
                        insert into mail_entry (entry_uid, ticket_id, message_key, html, created_at)
                        values (:entry, :ticket, :key, :html, now()) returning id
                        """)
                .param("entry", question)
                .param("ticket", ticketId)
                .param("key", "browser-" + question + "@cpas.test")
                .param(
                        "html",
                        "<p>Bonjour, voici le <b>formulaire</b>.</p><p><img src=\"cid:logo@cpas\" alt=\"Logo du CPAS\"></p>")
                .query(Long.class)
                .single();
        jdbc.sql("""
                        insert into mail_attachment (mail_entry_id, ticket_id, position, file_name, content_type,
                                                     content_id, size, content, not_kept)
                        values (:mail, :ticket, 0, 'logo.png', 'image/png', 'logo@cpas', :size, :png, null),
                               (:mail, :ticket, 1, 'setup.exe', 'application/x-msdownload', null, 4096, null, 'TYPE')
                        """)
                .param("mail", mail)
                .param("ticket", ticketId)
                .param("size", PNG.length)
                .param("png", PNG)
                .update();

        browser.login("agent", "demo").open("/frontdesk/tickets/" + reference);
        Locale locale = Locale.forLanguageTag(browser.find(By.tagName("html")).getAttribute("lang"));
        String attachments = browser.text(By.cssSelector(".fd-entry-attachments"));
        assertThat(attachments)
                .contains("logo.png", "setup.exe")
                .contains(messages.getMessage("ticket.mail.notKept.TYPE", null, locale));
        assertThat(browser.findAll(By.cssSelector(".fd-entry-attachments a")))
                .singleElement()
                .satisfies(link -> assertThat(link.getText()).isEqualTo("logo.png"));
        browser.assertAccessible().assertNoCspViolations();

        browser.clickAndWait(By.cssSelector(".fd-entry-formatted a"));

        assertThat(browser.path()).isEqualTo("/frontdesk/tickets/" + reference + "/mails/" + mail);
        assertThat(browser.text(By.cssSelector(".fd-mail-original"))).contains("Bonjour, voici le formulaire.");
        // The inline image came from the ticket's own attachment, although downloads are sent as files.
        Object width = ((JavascriptExecutor) browser.driver())
                .executeScript("const i = document.querySelector('.fd-mail-original img');"
                        + " return i && i.complete ? i.naturalWidth : -1;");
        assertThat(((Number) width).intValue()).isEqualTo(1);
        browser.assertAccessible().assertNoCspViolations().assertNoConsoleErrors();
        browser.screenshot("ticket-mail-formatting");
    }
}

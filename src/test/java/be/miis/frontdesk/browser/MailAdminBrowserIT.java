package be.miis.frontdesk.browser;

import static org.assertj.core.api.Assertions.assertThat;

import be.miis.frontdesk.test.browser.Browser;
import be.miis.frontdesk.test.browser.BrowserTest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The administrator's mail pages in a real browser (docs/mail.md, "Admin views"): from the admin home to a held
 * bounce, its detail with the download link, turned into a ticket that an agent then opens; a failed outgoing mail
 * sent again with "retry now". Every page passes the accessibility checks.
 */
@BrowserTest
class MailAdminBrowserIT {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");
    private static final Pattern TICKET = Pattern.compile("CMI-\\d{4}-\\d{6}");

    @Autowired
    MessageSource messages;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void anAdminTurnsAHeldBounceIntoATicketThatAnAgentThenOpens(Browser browser) {
        String subject = "Undelivered Mail " + run;
        long id = hold(subject);

        browser.login("admin", "demo").open("/admin");
        browser.clickAndWait(By.cssSelector("a[href='/admin/mail/mailboxes']"));
        assertThat(browser.text(By.id("mailboxes"))).contains("inbox");
        browser.assertAccessible();
        browser.clickAndWait(By.cssSelector("main .nav-tabs a[href='/admin/mail/quarantine']"));
        browser.assertAccessible();
        browser.clickAndWait(By.linkText(subject));

        assertThat(browser.path()).isEqualTo("/admin/mail/quarantine/" + id);
        assertThat(browser.find(By.id("quarantine-download")).getAttribute("href"))
                .endsWith("/admin/mail/quarantine/" + id + "/raw");
        assertThat(browser.text(By.id("quarantine-text"))).contains("The mail could not be delivered.");
        assertThat(browser.text(By.id("quarantine-source"))).contains("<b>bold</b>");
        browser.assertAccessible();
        browser.screenshot("admin-quarantine-mail");

        browser.clickAndWait(By.cssSelector("form[action$='/ticket'] button[type=submit]"));
        String flash = browser.text(By.cssSelector("main .alert-success"));
        Matcher made = TICKET.matcher(flash);
        assertThat(made.find()).as("the message names the ticket: %s", flash).isTrue();
        String reference = made.group();
        assertThat(flash)
                .isEqualTo(messages.getMessage("mail.quarantine.ticket.done", new Object[] {reference}, DUTCH));
        assertThat(browser.text(By.id("quarantine-status")))
                .contains(messages.getMessage("mail.quarantine.status.TICKETED", null, DUTCH))
                .contains(reference);
        assertThat(browser.findAll(By.cssSelector("form[action$='/ticket']")))
                .as("no second button")
                .isEmpty();
        browser.assertAccessible();

        browser.logout().login("agent", "demo").open("/frontdesk/tickets/" + reference);
        assertThat(browser.text(By.cssSelector("main h1"))).contains(reference);
        assertThat(browser.text(By.cssSelector("main"))).contains("The mail could not be delivered.");
    }

    @Test
    void anAdminAsksBeforeDiscarding(Browser browser) {
        long id = hold("Discard me " + run);

        browser.login("admin", "demo").open("/admin/mail/quarantine/" + id);
        browser.clickAndWait(By.cssSelector("a[href='/admin/mail/quarantine/" + id + "/discard']"));
        browser.assertAccessible();
        browser.clickAndWait(By.cssSelector("main form button[type=submit]"));

        assertThat(browser.text(By.cssSelector("main .alert-success")))
                .isEqualTo(messages.getMessage("mail.quarantine.discard.done", null, DUTCH));
        assertThat(browser.text(By.id("quarantine-status")))
                .contains(messages.getMessage("mail.quarantine.status.DISCARDED", null, DUTCH))
                .contains("admin");
    }

    @Test
    void anAdminSendsAFailedMailAgain(Browser browser) {
        String subject = "[CMI-2026-000001] Failed " + run;
        long id = jdbc.sql("""
                        insert into mail_outbox (kind, ticket_reference, recipient, language, subject, text_body,
                            html_body, message_id, dedup_key, status, attempts, next_attempt_at, last_error, created_at)
                        values ('ANSWER', 'CMI-2026-000001', :recipient, 'nl', :subject, 'text', '<p>html</p>',
                            :messageId, :dedup, 'FAILED', 10, :now, 'Connection refused', :now)
                        returning id
                        """)
                .param("recipient", "failed-" + run + "@example.test")
                .param("subject", subject)
                .param("messageId", run + "@frontdesk.example.test")
                .param("dedup", "browser:" + run)
                .param("now", clock.instant().atOffset(ZoneOffset.UTC))
                .query(Long.class)
                .single();

        browser.login("admin", "demo").open("/admin");
        browser.clickAndWait(By.cssSelector("a[href='/admin/mail/outbox']"));
        assertThat(browser.text(By.id("outbox-" + id))).contains(subject, "Connection refused", "CMI-2026-000001");
        browser.assertAccessible();
        browser.screenshot("admin-outbox");

        browser.clickAndWait(By.cssSelector("#outbox-" + id + " button[type=submit]"));

        assertThat(browser.text(By.cssSelector("main .alert-success")))
                .isEqualTo(
                        messages.getMessage("mail.outbox.retry.QUEUED_AGAIN", new Object[] {Long.toString(id)}, DUTCH));
        assertThat(browser.findAll(By.id("outbox-" + id)))
                .as("no longer failed")
                .isEmpty();
        browser.clickAndWait(By.cssSelector("#outbox-statuses a[href$='status=PENDING']"));
        assertThat(browser.text(By.id("outbox-" + id))).contains(subject);
        browser.assertAccessible();
    }

    /** A bounce held in the quarantine as intake holds one: its record without a ticket and its raw bytes. */
    private long hold(String subject) {
        String key = "browser-" + UUID.randomUUID() + "@example.test";
        byte[] raw = """
                From: Mail Delivery System <mailer-daemon@example.test>
                To: desk@mi-is.test
                Subject: %s
                Message-ID: <%s>
                Content-Type: multipart/report; report-type=delivery-status; boundary=r

                --r
                Content-Type: text/plain

                The mail could not be delivered.
                --r
                Content-Type: text/html

                <b>bold</b>
                --r--
                """.formatted(subject, key).getBytes(StandardCharsets.UTF_8);
        jdbc.sql("""
                        insert into mail_message (direction, message_id, mailbox, uid, sender, subject, at)
                        values ('IN', :key, 'inbox', 1, 'mailer-daemon@example.test', :subject, :now)
                        """)
                .param("key", key)
                .param("subject", subject)
                .param("now", clock.instant().atOffset(ZoneOffset.UTC))
                .update();
        return jdbc.sql("""
                        insert into mail_quarantine (mailbox, uid, message_key, received_at, sender, subject, reason, raw)
                        values ('inbox', 1, :key, :now, 'mailer-daemon@example.test', :subject,
                                'a delivery or read report (multipart/report)', :raw)
                        returning id
                        """)
                .param("key", key)
                .param("subject", subject)
                .param("now", clock.instant().atOffset(ZoneOffset.UTC))
                .param("raw", raw)
                .query(Long.class)
                .single();
    }
}

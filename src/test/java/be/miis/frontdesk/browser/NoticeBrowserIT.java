package be.miis.frontdesk.browser;

import static org.assertj.core.api.Assertions.assertThat;

import be.miis.frontdesk.test.browser.Browser;
import be.miis.frontdesk.test.browser.BrowserTest;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A queue lead's SLA warnings in a real browser: the unread count in the navigation bar, {@code a} to open them,
 * marking one read. The notice is written as the sweep writes it (SlaSweepIT covers the sweep itself).
 */
@BrowserTest
class NoticeBrowserIT {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MessageSource messages;

    @Autowired
    Clock clock;

    @Test
    void aLeadSeesTheCountOpensTheWarningsWithTheKeyboardAndMarksOneRead(Browser browser) {
        String reference = "CMI-2026-9" + String.format("%05d", Math.floorMod(System.nanoTime(), 100_000));
        jdbc.sql("""
                        insert into escalation_notice (recipient, ticket_reference, kind, created_at)
                        values ('manager', :reference, 'BREACHED', :at)
                        """)
                .param("reference", reference)
                .param("at", OffsetDateTime.now(clock))
                .update();

        browser.login("manager", "demo");
        // The page speaks the demo manager's own language.
        Locale locale = Locale.forLanguageTag(browser.find(By.tagName("html")).getAttribute("lang"));
        String fresh = messages.getMessage("escalation.notices.badge", new Object[] {1}, locale)
                .replace("1", "")
                .strip();
        browser.waitForText(By.id("notice-count"), fresh);
        browser.assertAccessible();

        ((JavascriptExecutor) browser.driver())
                .executeScript("document.activeElement && document.activeElement.blur()");
        browser.andWaitForNewPage(() -> browser.keys("a"));
        assertThat(browser.path()).isEqualTo("/backoffice/notices");
        By row = By.xpath("//tr[td/a[text()='" + reference + "']]");
        assertThat(browser.text(row))
                .contains(messages.getMessage("escalation.notices.kind.BREACHED", null, locale))
                .contains(messages.getMessage("escalation.notices.status.unread", null, locale));
        browser.assertAccessible();
        browser.screenshot("sla-notices");

        browser.clickAndWait(By.xpath("//tr[td/a[text()='" + reference + "']]//button"));
        assertThat(browser.text(row)).contains(messages.getMessage("escalation.notices.status.read", null, locale));
        browser.assertAccessible();
    }
}

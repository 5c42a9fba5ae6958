package be.miis.frontdesk.browser;

import static org.assertj.core.api.Assertions.assertThat;

import be.miis.frontdesk.test.browser.Browser;
import be.miis.frontdesk.test.browser.BrowserTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

/**
 * The administrator imports the ticket history of the previous CRM: a file with one bad line is refused whole,
 * then imported without that line; the progress shows while it runs and the imported tickets open like any other.
 */
@BrowserTest
class TicketImportBrowserIT {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");
    private static final int LINES = 12_000;

    @Autowired
    MessageSource messages;

    @Test
    void aFileWithABadLineIsRefusedWholeThenImportedWithoutIt(Browser browser, @TempDir Path folder)
            throws IOException {
        Path file = folder.resolve("historiek.csv");
        StringBuilder csv = new StringBuilder(
                "reference,received_at,channel,type,domain,language,organisation_nis,subject,status,answered_at,escalated\n");
        for (int i = 1; i <= LINES; i++) {
            String channel = i == 2 ? "TELEFAX" : "PHONE";
            csv.append(
                    "OLD-D-%05d,2022-%02d-10T09:30,%s,QUESTION,RMI,,44021,Vraag %d over het leefloon,CLOSED,2022-%02d-10T10:00,false\n"
                            .formatted(i, 1 + i % 12, channel, i, 1 + i % 12));
        }
        Files.writeString(file, csv, StandardCharsets.UTF_8);

        browser.login("admin", "demo").open("/admin");
        browser.clickAndWait(By.cssSelector("a[href$='/admin/ticket-imports']"));
        browser.assertAccessible();
        browser.find(By.id("file")).sendKeys(file.toString());
        browser.clickAndWait(By.cssSelector("form[action$='/admin/ticket-imports'] button[type=submit]"));

        assertThat(browser.find(By.id("import-progress")).getTagName()).isEqualTo("progress");
        browser.waitForText(By.id("import-status"), message("ticket.import.status.REFUSED"));
        assertThat(browser.text(By.id("import-imported"))).isEqualTo("0");
        assertThat(browser.text(By.id("import-rejected"))).isEqualTo("1");
        assertThat(browser.texts(By.cssSelector("#import-problems tbody tr td:first-child")))
                .as("the header is line 1")
                .containsExactly("3");
        assertThat(browser.text(By.id("import-problems")))
                .contains(messages.getMessage("ticket.import.channel", new Object[] {"TELEFAX"}, DUTCH));
        browser.assertAccessible();
        browser.screenshot("ticket-import-refused");

        browser.open("/admin/ticket-imports");
        browser.find(By.id("file")).sendKeys(file.toString());
        browser.check(By.id("skipInvalid"));
        browser.clickAndWait(By.cssSelector("form[action$='/admin/ticket-imports'] button[type=submit]"));

        browser.waitForText(By.id("import-status"), message("ticket.import.status.DONE"));
        assertThat(browser.find(By.id("import-progress")).getDomProperty("value"))
                .isEqualTo("100");
        assertThat(browser.text(By.id("import-imported"))).isEqualTo(String.valueOf(LINES - 1));
        assertThat(browser.text(By.id("import-unchanged"))).isEqualTo("0");
        assertThat(browser.text(By.id("import-rejected"))).isEqualTo("1");
        browser.assertAccessible();
        browser.screenshot("ticket-import-done");

        browser.open("/admin/ticket-imports");
        assertThat(browser.texts(By.cssSelector("table tbody tr:first-child td")))
                .contains("historiek.csv", message("ticket.import.status.DONE"), String.valueOf(LINES - 1));

        browser.logout().login("agent", "demo").open("/frontdesk/tickets/OLD-D-00001");
        assertThat(browser.driver().getTitle()).startsWith("OLD-D-00001");
        assertThat(browser.text(By.tagName("main"))).contains("Vraag 1 over het leefloon");
        browser.assertAccessible();
    }

    private String message(String key) {
        return messages.getMessage(key, null, DUTCH);
    }
}

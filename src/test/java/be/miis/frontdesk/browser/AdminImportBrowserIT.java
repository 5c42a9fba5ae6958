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

/** The administrator checks a CSV file with a dry run, reads the refused lines, then imports the rest. */
@BrowserTest
class AdminImportBrowserIT {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    @Autowired
    MessageSource messages;

    @Test
    void aDryRunReportsEachBrokenLineAndTheValidLinesAreThenImported(Browser browser, @TempDir Path folder)
            throws IOException {
        Path file = folder.resolve("gemeenten.csv");
        Files.writeString(file, """
                nis_code;name;region;postcodes
                98001;Browsertest / Testnavigateur;Brussel;1000
                9800;Kapot;Brussel;1000
                98003;Wéreldtest;Mars;1000
                """, StandardCharsets.UTF_8);

        browser.login("admin", "demo").open("/admin");
        browser.clickAndWait(By.cssSelector("a[href$='/admin/imports']"));
        browser.assertAccessible();
        browser.find(By.id("file")).sendKeys(file.toString());
        browser.clickAndWait(By.cssSelector("form[action$='/admin/imports'] button[type=submit]"));

        browser.waitForText(
                By.cssSelector("#import-report strong"),
                messages.getMessage("organisation.import.status.DONE", null, DUTCH));
        assertThat(browser.texts(By.cssSelector("#import-report tbody tr td:first-child")))
                .as("line numbers of the refused lines")
                .containsExactly("3", "4");
        assertThat(browser.text(By.cssSelector("#import-report table:last-of-type")))
                .contains(messages.getMessage("organisation.import.nisCode", new Object[] {"9800"}, DUTCH))
                .contains(messages.getMessage("organisation.import.region", new Object[] {"Mars"}, DUTCH));
        browser.assertAccessible();
        browser.screenshot("import-dry-run");

        browser.clickAndWait(By.cssSelector("form[action$='/apply'] button"));
        browser.waitForText(
                By.cssSelector("#import-report strong"),
                messages.getMessage("organisation.import.status.DONE", null, DUTCH));
        assertThat(browser.text(By.cssSelector("#import-report p")))
                .contains(messages.getMessage("organisation.import.mode.real", null, DUTCH));
        browser.assertAccessible();

        browser.logout().login("agent", "demo").open("/frontdesk/organisations?q=testnavigateur");
        assertThat(browser.texts(By.cssSelector("#organisation-results tbody a")))
                .containsExactly("Browsertest");
    }
}

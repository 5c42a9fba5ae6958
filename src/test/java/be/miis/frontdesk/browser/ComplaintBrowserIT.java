package be.miis.frontdesk.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import be.miis.frontdesk.shared.ContentLanguage;
import be.miis.frontdesk.test.browser.Browser;
import be.miis.frontdesk.test.browser.BrowserTest;
import be.miis.frontdesk.ticket.Channel;
import be.miis.frontdesk.ticket.OpenTicket;
import be.miis.frontdesk.ticket.TicketService;
import be.miis.frontdesk.ticket.TicketType;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.PrintsPage;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A complaint handler's case (issue #18): a complaint logged by the frontdesk is in the handler's list with its
 * deadline badges; the handler acknowledges it, finds it admissible, records the process concerned and sends the
 * reasoned answer, each step a form on the case page, and the manager then reads it in the annual report. Every page
 * is checked for accessibility.
 */
@BrowserTest
class ComplaintBrowserIT {

    @Autowired
    TicketService tickets;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aComplaintHandlerTakesACaseThroughEveryStep(Browser browser) {
        long contact = jdbc.sql("select id from contact where email <> '' order by id limit 1")
                .query(Long.class)
                .single();
        String reference = tickets.open(
                new OpenTicket(
                        Channel.PHONE,
                        TicketType.COMPLAINT,
                        "RMI",
                        ContentLanguage.NL,
                        null,
                        contact,
                        "Niemand belde terug",
                        "Er werd beloofd mij terug te bellen, maar niemand deed het.",
                        null,
                        null,
                        OpenTicket.Outcome.OPEN,
                        null),
                "agent");
        long id = await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> jdbc.sql("select id from complaint_case where reference = :r")
                                .param("r", reference)
                                .query(Long.class)
                                .optional()
                                .orElse(0L),
                        found -> found > 0);

        browser.login("expert", "demo").open("/backoffice/complaints");
        browser.assertAccessible();
        assertThat(browser.text(By.id("complaints"))).contains(reference);
        browser.assertReadableBadges();
        browser.clickAndWait(By.linkText(reference));
        assertThat(browser.path()).isEqualTo("/backoffice/complaints/" + id);
        browser.assertAccessible();
        browser.screenshot("complaint-received");

        browser.clickAndWait(By.cssSelector("#step-acknowledge button[type=submit]"));
        assertThat(browser.findAll(By.id("step-acknowledge"))).isEmpty();
        browser.check(By.id("admissible-yes"));
        browser.clickAndWait(By.cssSelector("#step-admissibility button[type=submit]"));
        browser.type(By.id("concernedProcess"), "Terugbelplanning");
        browser.clickAndWait(By.cssSelector("#step-concerned button[type=submit]"));

        // A founded answer without its root cause is refused and changes nothing.
        new Select(browser.find(By.id("outcome"))).selectByValue("FOUNDED");
        browser.type(By.id("answer"), "U had teruggebeld moeten worden. Onze excuses.");
        browser.clickAndWait(By.cssSelector("#step-answer button[type=submit]"));
        assertThat(browser.find(By.cssSelector(".alert-danger")).getText()).isNotBlank();
        assertThat(browser.findAll(By.id("step-answer"))).hasSize(1);

        new Select(browser.find(By.id("outcome"))).selectByValue("FOUNDED");
        new Select(browser.find(By.id("rootCauseId"))).selectByIndex(4);
        browser.type(By.id("actionTaken"), "Terugbelafspraken worden in de planning opgevolgd.");
        browser.type(By.id("answer"), "U had teruggebeld moeten worden. Onze excuses.");
        browser.screenshot("complaint-answer");
        browser.clickAndWait(By.cssSelector("#step-answer button[type=submit]"));
        assertThat(browser.findAll(By.cssSelector("form[id^=step-]"))).isEmpty();
        assertThat(browser.text(By.id("complaint-outcome"))).isNotBlank();
        browser.assertAccessible();
        assertThat(jdbc.sql("select stage from complaint_case where id = :id")
                        .param("id", id)
                        .query(String.class)
                        .single())
                .isEqualTo("ANSWERED");

        browser.logout().login("manager", "demo").open("/manager/complaints");
        browser.assertAccessible();
        assertThat(browser.text(By.id("complaints-lessons")))
                .contains("Terugbelafspraken worden in de planning opgevolgd.");
        browser.screenshot("complaints-report");
        // The annual report as the service publishes it: printed on A4, the figures then the lessons, two pages.
        PrintOptions a4 = new PrintOptions();
        a4.setPageSize(new PageSize(29.7, 21.0));
        a4.setBackground(true);
        String pdf = new String(
                Base64.getDecoder()
                        .decode(((PrintsPage) browser.driver()).print(a4).getContent()),
                StandardCharsets.ISO_8859_1);
        assertThat(Pattern.compile("/Type\\s*/Page[^s]").matcher(pdf).results().count())
                .as("printed pages of the annual report")
                .isEqualTo(2);
    }
}

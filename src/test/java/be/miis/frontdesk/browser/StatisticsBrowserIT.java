package be.miis.frontdesk.browser;

import static org.assertj.core.api.Assertions.assertThat;

import be.miis.frontdesk.statistics.StatisticsRollup;
import be.miis.frontdesk.test.browser.Browser;
import be.miis.frontdesk.test.browser.BrowserTest;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

/**
 * The manager's statistics in Chromium: the dashboard on the home page, the monthly overview with its charts drawn
 * from the same figures as its tables, another view chosen with the keyboard-reachable form; axe-clean throughout.
 */
@BrowserTest
class StatisticsBrowserIT {

    private static final Locale FRENCH = Locale.forLanguageTag("fr");

    @Autowired
    StatisticsRollup rollup;

    @Autowired
    MessageSource messages;

    @Test
    void aManagerReadsTheMonthlyOverviewAsTableAndChart(Browser browser) {
        rollup.refresh();
        browser.login("manager", "demo").open("/manager");
        browser.visible(By.id("dashboard-intake"));
        assertThat(browser.texts(By.cssSelector("#dashboard-intake tbody th")))
                .contains(messages.getMessage("ticket.channel.EMAIL", null, FRENCH));
        browser.assertAccessible();
        browser.screenshot("manager-home");

        browser.andWaitForNewPage(() -> browser.keys("s"));
        assertThat(browser.path()).isEqualTo("/manager/statistics");
        browser.visible(By.id("breakdown-table"));
        List<String> channels = browser.texts(By.cssSelector("#breakdown-table tbody th"));
        assertThat(channels).hasSize(6);

        // The chart is drawn, from the table's figures: the same series, the same month totals.
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        @SuppressWarnings("unchecked")
        List<String> series =
                (List<String>) js.executeScript("var c = document.getElementById('chart-breakdown').chart;"
                        + "return c ? c.data.datasets.map(function (d) { return d.label; }) : null;");
        assertThat(series).isEqualTo(channels.subList(0, 5));
        @SuppressWarnings("unchecked")
        List<Number> monthTotals = (List<Number>)
                js.executeScript("var d = document.getElementById('chart-breakdown').chart.data.datasets;"
                        + "return d[0].data.map(function (v, i) {"
                        + "  return d.reduce(function (sum, s) { return sum + s.data[i]; }, 0); });");
        List<String> tableTotals = browser.texts(By.cssSelector("#breakdown-table tbody tr:last-child td"));
        for (int i = 0; i < monthTotals.size(); i++) {
            assertThat(String.valueOf(monthTotals.get(i).longValue()))
                    .isEqualTo(tableTotals.get(i).replaceAll("\\D", ""));
        }
        assertThat(js.executeScript("return !!document.getElementById('chart-sla').chart"
                        + " && !!document.getElementById('chart-backlog').chart"))
                .isEqualTo(true);
        browser.assertAccessible();
        browser.assertNoCspViolations();
        browser.screenshot("statistics");

        new Select(browser.find(By.id("view"))).selectByValue("REGION");
        browser.clickAndWait(By.cssSelector("#statistics-filter button[type=submit]"));
        assertThat(browser.texts(By.cssSelector("#breakdown-table tbody th")))
                .contains(messages.getMessage("organisation.region.WALLONIA", null, FRENCH));
        assertThat(browser.pathAndQuery()).contains("view=REGION");
        browser.assertAccessible();
    }
}

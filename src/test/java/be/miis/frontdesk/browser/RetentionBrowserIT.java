package be.miis.frontdesk.browser;

import static org.assertj.core.api.Assertions.assertThat;

import be.miis.frontdesk.test.browser.Browser;
import be.miis.frontdesk.test.browser.SeparateDatabaseBrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The administrator's retention page (issue #19, docs/privacy.md): the rules in force, a dry run whose result shows
 * on the page and in the log, then "run now" after the confirmation, which does what the dry run said; then a
 * contact person's personal data, printable, and the erasure's confirmation step. No axe-core violation on any page.
 */
@SeparateDatabaseBrowserTest
class RetentionBrowserIT {

    @Autowired
    JdbcClient jdbc;

    @Test
    void anAdministratorDryRunsThenRunsTheRetentionRules(Browser browser) {
        browser.login("admin", "demo").open("/admin");
        browser.clickAndWait(By.cssSelector("a[href='/admin/retention']"));
        assertThat(browser.path()).isEqualTo("/admin/retention");
        assertThat(browser.text(By.id("rule-tickets"))).contains("P5Y");
        assertThat(browser.text(By.id("rule-outbox"))).contains("P90D");
        browser.assertNoAxeViolations();

        browser.clickAndWait(By.id("dry-run"));
        assertThat(browser.text(By.id("result-heading"))).startsWith("Proefrun van");
        String tickets = browser.text(By.id("result-tickets"));
        String audit = browser.text(By.id("result-audit"));
        String quarantine = browser.text(By.id("result-quarantine"));
        String outbox = browser.text(By.id("result-outbox"));
        assertThat(browser.texts(By.cssSelector("#retention-runs tbody tr")).get(0))
                .contains("Proefrun", "admin");
        browser.assertNoAxeViolations();
        browser.screenshot("admin-retention-dry-run");

        browser.check(By.id("confirm"));
        browser.clickAndWait(By.id("run-now"));
        assertThat(browser.text(By.id("result-heading"))).startsWith("Run van");
        assertThat(browser.text(By.id("result-tickets"))).isEqualTo(tickets);
        assertThat(browser.text(By.id("result-audit"))).isEqualTo(audit);
        assertThat(browser.text(By.id("result-quarantine"))).isEqualTo(quarantine);
        assertThat(browser.text(By.id("result-outbox"))).isEqualTo(outbox);
        assertThat(browser.texts(By.cssSelector("#retention-runs tbody tr")).get(0))
                .contains("Run", "admin");
        browser.assertNoAxeViolations();
    }

    @Test
    void anAdministratorFindsAContactReadsTheirDataAndReachesTheErasureStep(Browser browser) {
        record Person(long id, String lastName) {}
        Person person = jdbc.sql("""
                        select c.id, c.last_name from contact c
                        where c.erased_at is null and exists (select 1 from ticket t where t.contact_id = c.id)
                        order by c.id limit 1
                        """).query(Person.class).single();
        browser.login("admin", "demo").open("/admin/personal-data");
        browser.assertNoAxeViolations();
        browser.type(By.id("q"), person.lastName());
        browser.clickAndWait(By.cssSelector("form[role=search] button[type=submit]"));
        browser.assertNoAxeViolations();
        browser.clickAndWait(By.cssSelector("#contact-" + person.id() + " a"));
        assertThat(browser.path()).isEqualTo("/admin/contacts/" + person.id() + "/personal-data");
        assertThat(browser.text(By.id("contact-record"))).contains(person.lastName());
        assertThat(browser.findAll(By.cssSelector("article[id^=ticket-]"))).isNotEmpty();
        browser.assertNoAxeViolations();
        browser.screenshot("admin-personal-data");
        browser.clickAndWait(By.id("erase"));
        assertThat(browser.path()).isEqualTo("/admin/contacts/" + person.id() + "/erase");
        assertThat(browser.driver().getTitle()).contains(person.lastName());
        browser.assertNoAxeViolations();
    }
}

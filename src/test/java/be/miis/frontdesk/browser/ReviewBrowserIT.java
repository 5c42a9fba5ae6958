package be.miis.frontdesk.browser;

import static org.assertj.core.api.Assertions.assertThat;

import be.miis.frontdesk.test.browser.Browser;
import be.miis.frontdesk.test.browser.BrowserTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The acceptance of answer reviews (issue #18, docs/reviews.md): the demo manager finds this month's sample ready,
 * opens the next ticket to score with "s", scores the six items with digits only (each digit moves on to the next
 * item, 0 for "not applicable"), adds a comment and saves with Ctrl+Enter, landing on the next ticket — no mouse.
 * The month page and the form have no serious accessibility violation.
 */
@BrowserTest
class ReviewBrowserIT {

    @Autowired
    JdbcClient jdbc;

    @Test
    void aReviewerScoresTheNextTicketOfTheMonthWithTheKeyboardOnly(Browser browser) {
        browser.login("manager", "demo").open("/manager/reviews");
        assertThat(browser.findAll(By.cssSelector("#sample tbody tr"))).isNotEmpty();
        assertThat(browser.findAll(By.id("start-scoring"))).hasSize(1);
        browser.assertAccessible();
        browser.screenshot("manager-reviews");

        browser.andWaitForNewPage(() -> browser.keys("s"));
        assertThat(browser.path()).matches("/manager/reviews/\\d+");
        long id = Long.parseLong(browser.path().substring("/manager/reviews/".length()));
        browser.assertAccessible();
        assertThat(browser.focused().getDomAttribute("id")).isEqualTo("score_CORRECT-1");

        for (String digit : List.of("3", "4", "3", "4", "0", "2")) {
            browser.keys(digit);
        }
        assertThat(browser.focused().getDomAttribute("id")).isEqualTo("comment");
        browser.keys("Vlot en vriendelijk, de termijn net gehaald.");
        assertThat(browser.find(By.id("score_CORRECT-3")).isSelected()).isTrue();
        assertThat(browser.find(By.id("score_FAQ_CONSISTENT-0")).isSelected()).isTrue();
        assertThat(browser.find(By.id("score_ON_TIME-2")).isSelected()).isTrue();
        browser.screenshot("manager-review-scored");

        long open = jdbc.sql("""
                        select count(*) from quality_review r join quality_review_sample s on s.id = r.sample_id
                        where s.reviewer = 'manager' and r.reviewed_at is null and r.id <> :id
                          and s.month = (select month from quality_review_sample q
                                         join quality_review x on x.sample_id = q.id where x.id = :id)""").param("id", id).query(Long.class).single();
        browser.andWaitForNewPage(() -> browser.chord(Keys.ENTER, Keys.CONTROL));
        if (open > 0) {
            // On to the next ticket still to score, ready for the digits again.
            assertThat(browser.path()).matches("/manager/reviews/\\d+").isNotEqualTo("/manager/reviews/" + id);
            assertThat(browser.focused().getDomAttribute("id")).isEqualTo("score_CORRECT-1");
        } else {
            // The month is done: back on its page, nothing left to start.
            assertThat(browser.path()).isEqualTo("/manager/reviews");
            assertThat(browser.findAll(By.id("start-scoring"))).isEmpty();
        }

        List<String> scores = jdbc.sql("select item || '=' || score from quality_review_score where review_id = :id"
                        + " order by item")
                .param("id", id)
                .query(String.class)
                .list();
        assertThat(scores).containsExactly("CLEAR=3", "COMPLETE=4", "CORRECT=3", "FRIENDLY=4", "ON_TIME=2");
        assertThat(jdbc.sql("select comment from quality_review where id = :id")
                        .param("id", id)
                        .query(String.class)
                        .single())
                .isEqualTo("Vlot en vriendelijk, de termijn net gehaald.");
    }
}

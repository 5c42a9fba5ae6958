package be.miis.frontdesk.browser;

import static org.assertj.core.api.Assertions.assertThat;

import be.miis.frontdesk.knowledge.ArticleDraft;
import be.miis.frontdesk.knowledge.Audience;
import be.miis.frontdesk.knowledge.KnowledgeService;
import be.miis.frontdesk.knowledge.TranslationText;
import be.miis.frontdesk.selfservice.HelpfulVotes;
import be.miis.frontdesk.selfservice.HelpfulVotes.Visitor;
import be.miis.frontdesk.selfservice.PortalSearches;
import be.miis.frontdesk.shared.ContentLanguage;
import be.miis.frontdesk.test.browser.Browser;
import be.miis.frontdesk.test.browser.BrowserTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What the portal's readers tell the FAQ, in Chromium: an expert goes from the FAQ search to the words searched in
 * vain, writes an article from them, reads the "not helpful" comments and an article's portal block; axe-clean on
 * every page.
 */
@BrowserTest
class PortalFeedbackBrowserIT {

    private static final String BROWSER = "Mozilla/5.0 (X11; Linux x86_64) Chrome/131.0";

    @Autowired
    KnowledgeService knowledge;

    @Autowired
    PortalSearches searches;

    @Autowired
    HelpfulVotes votes;

    @Test
    void anExpertReadsWhatThePortalsReadersSearchedInVainAndFoundNotHelpful(Browser browser) {
        long article = knowledge.create(
                new ArticleDraft(
                        "RMI",
                        Audience.PUBLIC,
                        ContentLanguage.NL,
                        null,
                        List.of(new TranslationText(
                                ContentLanguage.NL, "Wanneer wordt de grimbelpremie betaald?", "<p>In mei.</p>", ""))),
                "agent");
        knowledge.submitForReview(article, knowledge.get(article).version(), "agent");
        knowledge.publish(article, knowledge.get(article).version(), "expert");
        searches.searched(new Visitor("10.9.0.1", BROWSER), ContentLanguage.NL, "grimbelpremie studenten", false);
        searches.searched(new Visitor("10.9.0.2", BROWSER), ContentLanguage.FR, "prime grimbel étudiants", false);
        searches.countOpen();
        votes.vote(article, ContentLanguage.NL, false, "Welke datum precies?", new Visitor("10.9.0.3", BROWSER));

        browser.login("expert", "demo").open("/knowledge");
        browser.clickAndWait(By.cssSelector("a[href='/knowledge/feedback/searches']"));
        assertThat(browser.texts(By.cssSelector("#misses tbody td:first-child")))
                .contains("grimbelpremie studenten", "prime grimbel étudiants");
        browser.assertAccessible();
        browser.screenshot("portal-searches-not-found");

        browser.clickAndWait(
                By.cssSelector("a[href='/knowledge/articles/new?question=grimbelpremie%20studenten&lang=nl']"));
        assertThat(browser.find(By.id("translations0.question")).getAttribute("value"))
                .isEqualTo("grimbelpremie studenten");
        browser.assertAccessible();

        browser.open("/knowledge/feedback/comments");
        assertThat(browser.texts(By.cssSelector("#comments .fd-comment"))).contains("Welke datum precies?");
        browser.assertAccessible();

        browser.open("/knowledge/articles/" + article);
        assertThat(browser.text(By.id("portal-feedback"))).contains("Welke datum precies?");
        browser.assertAccessible();
        browser.clickAndWait(By.cssSelector("#portal-feedback a[href^='/knowledge/feedback/comments']"));
        assertThat(browser.texts(By.cssSelector("#comments .fd-comment"))).containsExactly("Welke datum precies?");
        browser.assertAccessible();
    }
}

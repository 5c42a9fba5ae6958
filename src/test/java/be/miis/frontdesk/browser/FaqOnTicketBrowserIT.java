package be.miis.frontdesk.browser;

import static org.assertj.core.api.Assertions.assertThat;

import be.miis.frontdesk.knowledge.ArticleUse;
import be.miis.frontdesk.knowledge.KnowledgeService;
import be.miis.frontdesk.shared.ContentLanguage;
import be.miis.frontdesk.test.browser.Browser;
import be.miis.frontdesk.test.browser.BrowserTest;
import be.miis.frontdesk.ticket.Channel;
import be.miis.frontdesk.ticket.EntryView;
import be.miis.frontdesk.ticket.OpenTicket;
import be.miis.frontdesk.ticket.TicketService;
import be.miis.frontdesk.ticket.TicketType;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

/**
 * The FAQ beside a ticket in a real browser: suggestions for the question, a search while typing reached with
 * "f", an answer inserted in the ticket's language and sent with the version it cites; then "propose as FAQ", and
 * an expert who publishes the proposal.
 */
@BrowserTest
class FaqOnTicketBrowserIT {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");
    private static final String ISOLATED = "Quel est le montant du revenu d'intégration pour une personne isolée ?";

    @Autowired
    MessageSource messages;

    @Autowired
    TicketService tickets;

    @Autowired
    KnowledgeService knowledge;

    @Test
    void anAgentAnswersFromTheFaqAndProposesTheAnswerWhichAnExpertPublishes(Browser browser) {
        String reference = tickets.open(
                new OpenTicket(
                        Channel.EMAIL,
                        TicketType.QUESTION,
                        "RMI",
                        ContentLanguage.FR,
                        null,
                        null,
                        "",
                        "Le CPAS de Namur demande le montant du revenu d'intégration d'une personne isolée.",
                        null,
                        null,
                        OpenTicket.Outcome.OPEN,
                        null),
                "agent");
        browser.login("agent", "demo").open("/frontdesk/tickets/" + reference);
        browser.waitForText(By.id("faq-suggestions"), ISOLATED);
        browser.assertAccessible();

        browser.keys("f");
        assertThat(browser.focused().getDomAttribute("id"))
                .as("f jumps to the FAQ search")
                .isEqualTo("faq-q");
        browser.keys("revenus isolee");
        // The search's own answer ("n articles found") replaces the suggestions for the question.
        String found =
                messages.getMessage("ticket.faq.found", new Object[] {0}, DUTCH).substring(1);
        browser.waitForText(By.cssSelector("#faq-suggestions > p"), found);
        browser.waitForText(By.id("faq-suggestions"), ISOLATED);
        browser.visible(By.cssSelector("#faq-suggestions li:first-child button"))
                .sendKeys(Keys.ENTER);
        browser.waitForText(By.id("faq-citation"), "FAQ");
        assertThat(browser.focused().getDomAttribute("id"))
                .as("the inserted answer has the focus, to be edited")
                .isEqualTo("answer-text");
        String inserted = browser.focused().getDomProperty("value");
        assertThat(inserted).contains("catégorie").doesNotContain("<p>");
        assertThat(browser.text(By.id("faq-citation")))
                .contains(messages.getMessage("content.language.FR", null, DUTCH));
        browser.assertAccessible();
        browser.screenshot("ticket-faq-inserted");

        browser.keys(Keys.END, " Cordialement.");
        browser.andWaitForNewPage(() -> browser.chord(Keys.ENTER, Keys.CONTROL));
        assertThat(browser.text(By.cssSelector("main .alert-success")))
                .isEqualTo(messages.getMessage("ticket.flash.answered", new Object[] {reference}, DUTCH));
        EntryView answer = tickets.get(reference, "test").entries().stream()
                .filter(e -> e.kind().name().equals("ANSWER"))
                .findFirst()
                .orElseThrow();
        assertThat(answer.body()).endsWith("Cordialement.");
        assertThat(answer.citation())
                .as("the answer keeps the version it cited")
                .isNotNull();
        assertThat(answer.citation().language()).isEqualTo(ContentLanguage.FR);
        assertThat(knowledge.usage(answer.citation().articleId(), 100).latest())
                .extracting(ArticleUse::ticketReference)
                .contains(reference);
        assertThat(browser.text(By.cssSelector(".fd-entry-citation")))
                .isEqualTo(messages.getMessage(
                        "ticket.faq.citation",
                        new Object[] {
                            answer.citation().articleId(),
                            answer.citation().versionNumber(),
                            messages.getMessage("content.language.FR", null, DUTCH)
                        },
                        DUTCH));

        browser.andWaitForNewPage(() -> browser.find(By.cssSelector("form[action$='/faq-proposal'] button"))
                .sendKeys(Keys.ENTER));
        assertThat(browser.path()).matches("/knowledge/articles/\\d+/edit");
        String article = browser.path().replace("/edit", "");
        assertThat(browser.find(By.id("translations1.question")).getDomProperty("value"))
                .startsWith("Le CPAS de Namur demande");
        assertThat(browser.find(By.id("translations1.answerHtml")).getDomProperty("value"))
                .contains("Cordialement.");
        browser.assertAccessible();
        browser.type(
                By.id("translations1.question"),
                "Quel est le montant du revenu d'intégration d'une personne isolée (réponse type) ?");
        press(browser, By.cssSelector("main form button[type=submit]"));
        assertThat(browser.path()).isEqualTo(article);
        press(browser, By.cssSelector("form[action$='/submit'] button"));
        browser.logout();

        browser.login("expert", "demo").open(article);
        press(browser, By.cssSelector("form[action$='/publish'] button"));
        assertThat(browser.text(By.cssSelector("main"))).contains("(réponse type)");
        browser.open("/knowledge/articles/" + answer.citation().articleId());
        assertThat(browser.text(By.cssSelector("main"))).contains(reference);
        browser.assertAccessible();
        browser.open("/frontdesk/tickets/" + reference);
        assertThat(browser.text(By.cssSelector(".fd-timeline")))
                .contains(messages.getMessage(
                        "ticket.change.faqProposal", new Object[] {article.replaceAll("\\D", "")}, DUTCH));
    }

    @Test
    void theQuickLogSuggestsArticlesForTheQuestionAndLogsTheCallAnsweredFromOne(Browser browser) {
        browser.login("agent", "demo");
        new Select(browser.find(By.id("domainCode"))).selectByValue("HEATING_FUND");
        new Select(browser.find(By.id("language"))).selectByValue("NL");
        browser.find(By.id("description"))
                .sendKeys("Een huurder verwarmt met stookolie, heeft hij recht op een toelage?");
        browser.waitForText(By.id("faq-suggestions"), messages.getMessage("ticket.faq.suggested", null, DUTCH));
        browser.waitForText(By.id("faq-suggestions"), "Stookoliefonds");
        browser.assertAccessible();
        browser.visible(By.cssSelector("#faq-suggestions li:first-child button"))
                .sendKeys(Keys.ENTER);
        browser.waitForText(By.id("faq-citation"), "FAQ");
        assertThat(browser.focused().getDomAttribute("id")).isEqualTo("answer");
        assertThat(browser.focused().getDomProperty("value")).isNotBlank();
        browser.screenshot("log-call-faq");

        browser.andWaitForNewPage(() -> browser.chord(Keys.ENTER, Keys.CONTROL));
        String reference = browser.text(By.cssSelector("main p a[href*='/frontdesk/tickets/']"))
                .replaceAll(".*(CMI-\\d{4}-\\d{6}).*", "$1");
        EntryView answer = tickets.get(reference, "test").entries().stream()
                .filter(e -> e.kind().name().equals("ANSWER"))
                .findFirst()
                .orElseThrow();
        assertThat(answer.citation()).isNotNull();
        assertThat(answer.citation().language()).isEqualTo(ContentLanguage.NL);
    }

    private static void press(Browser browser, By button) {
        browser.andWaitForNewPage(() -> browser.find(button).sendKeys(Keys.ENTER));
    }
}

package be.miis.frontdesk.knowledge;

import static be.miis.frontdesk.knowledge.ArticleMother.draft;
import static be.miis.frontdesk.knowledge.ArticleMother.fr;
import static be.miis.frontdesk.knowledge.ArticleMother.nl;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.miis.frontdesk.shared.ContentLanguage;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

class FaqArticleTests {

    static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");

    static FaqArticle article() {
        FaqArticle article = new FaqArticle(
                draft(
                        "RMI",
                        nl("Wat is het leefloon?", "<p>Een minimuminkomen.</p>", ""),
                        fr("Qu'est-ce que le RIS ?", "<p>Un revenu minimum.</p>", "")),
                "agent",
                NOW);
        ReflectionTestUtils.setField(article, "id", 7L);
        return article;
    }

    @Test
    void goesThroughReviewToPublicationAndArchive() {
        FaqArticle article = article();
        assertThat(article.status()).isEqualTo(ArticleStatus.DRAFT);
        article.submitForReview("agent", NOW);
        assertThat(article.publish("expert", NOW)).hasSize(2).allSatisfy(v -> assertThat(v.number())
                .isEqualTo(1));
        assertThat(article.status()).isEqualTo(ArticleStatus.PUBLISHED);
        article.archive(NOW);
        assertThat(article.status()).isEqualTo(ArticleStatus.ARCHIVED);
        assertThatThrownBy(() -> article.edit(draft("RMI", nl("?", "<p>x</p>", "")), "expert", NOW))
                .isInstanceOf(IllegalArticleTransitionException.class);
    }

    @Test
    void refusesToPublishADraftOrTheAuthorsOwnRevision() {
        FaqArticle article = article();
        assertThatThrownBy(() -> article.publish("expert", NOW)).isInstanceOf(IllegalArticleTransitionException.class);
        article.submitForReview("agent", NOW);
        assertThatThrownBy(() -> article.publish("agent", NOW)).isInstanceOf(ArticleRuleException.class);
        assertThat(article.status()).isEqualTo(ArticleStatus.IN_REVIEW);
    }

    @Test
    void editingAPublishedArticleStartsARevisionByItsEditor() {
        FaqArticle article = article();
        article.submitForReview("agent", NOW);
        article.publish("expert", NOW);
        article.edit(
                draft(
                        "RMI",
                        nl("Wat is het leefloon?", "<p>Een minimuminkomen, geïndexeerd.</p>", ""),
                        fr("Qu'est-ce que le RIS ?", "<p>Un revenu minimum.</p>", "")),
                "expert",
                NOW.plusSeconds(60));
        assertThat(article.status()).isEqualTo(ArticleStatus.DRAFT);
        assertThat(article.publishedVersion()).isEqualTo(1);
        article.submitForReview("expert", NOW);
        assertThatThrownBy(() -> article.publish("expert", NOW)).isInstanceOf(ArticleRuleException.class);
        assertThat(article.publish("agent", NOW))
                .allSatisfy(v -> assertThat(v.number()).isEqualTo(2));
    }

    /** The author of the draft may not publish it after someone else edited it: both wrote what goes out. */
    @Test
    void noneOfTheWritersSinceTheLastPublicationPublishes() {
        FaqArticle article = article();
        article.edit(
                draft(
                        "RMI",
                        nl("Wat is het leefloon?", "<p>Een minimuminkomen, per maand.</p>", ""),
                        fr("Qu'est-ce que le RIS ?", "<p>Un revenu minimum.</p>", "")),
                "expert",
                NOW);
        article.submitForReview("expert", NOW);

        assertThatThrownBy(() -> article.publish("agent", NOW)).isInstanceOf(ArticleRuleException.class);
        assertThatThrownBy(() -> article.publish("EXPERT", NOW)).isInstanceOf(ArticleRuleException.class);
        assertThat(article.publish("eva", NOW)).hasSize(2);
        assertThat(article.revisionEditors()).isEmpty();
    }

    @Test
    void refusesToSubmitAnEmptyTranslation() {
        FaqArticle article = new FaqArticle(
                draft(
                        "RMI",
                        nl("Wat is het leefloon?", "<p>Een minimuminkomen.</p>", ""),
                        fr("Qu'est-ce que le RIS ?", "", "")),
                "agent",
                NOW);
        assertThatThrownBy(() -> article.submitForReview("agent", NOW)).isInstanceOf(ArticleRuleException.class);
        assertThat(article.status()).isEqualTo(ArticleStatus.DRAFT);
    }

    @Test
    void flagsATranslationOlderThanItsSource() {
        FaqArticle article = article();
        article.edit(
                draft(
                        "RMI",
                        nl("Wat is het leefloon?", "<p>Een minimuminkomen, geïndexeerd.</p>", ""),
                        fr("Qu'est-ce que le RIS ?", "<p>Un revenu minimum.</p>", "")),
                "agent",
                NOW.plusSeconds(60));
        assertThat(article.isToUpdate(article.translation(ContentLanguage.FR).orElseThrow()))
                .isTrue();
        assertThat(article.isToUpdate(article.translation(ContentLanguage.NL).orElseThrow()))
                .isFalse();
    }

    @Test
    void needsAQuestionInTheSourceLanguage() {
        assertThatThrownBy(() -> new FaqArticle(draft("RMI", nl("", "<p>Antwoord</p>", "")), "agent", NOW))
                .isInstanceOf(InvalidArticleException.class);
    }
}

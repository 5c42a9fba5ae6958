package be.miis.frontdesk.knowledge;

import be.miis.frontdesk.shared.ContentLanguage;
import be.miis.frontdesk.shared.ContentLanguageConverter;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** The working copy of an article in one language. */
@Entity
@Table(name = "faq_translation")
class FaqTranslation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "article_id")
    private @Nullable FaqArticle article;

    @Convert(converter = ContentLanguageConverter.class)
    private ContentLanguage language = ContentLanguage.NL;

    private String question = "";
    private String answerHtml = "";
    private String keywords = "";
    private Instant changedAt = Instant.EPOCH;

    protected FaqTranslation() {}

    FaqTranslation(FaqArticle article, TranslationText text, Instant now) {
        this.article = article;
        this.language = text.language();
        this.question = text.question();
        this.answerHtml = text.answerHtml();
        this.keywords = text.keywords();
        this.changedAt = now;
    }

    /** Takes over the text; the change time moves only when something really changed. */
    boolean apply(TranslationText text, Instant now) {
        if (question.equals(text.question())
                && answerHtml.equals(text.answerHtml())
                && keywords.equals(text.keywords())) {
            return false;
        }
        this.question = text.question();
        this.answerHtml = text.answerHtml();
        this.keywords = text.keywords();
        this.changedAt = now;
        return true;
    }

    boolean isComplete() {
        return !question.isBlank() && !HtmlSanitiser.lines(answerHtml).isEmpty();
    }

    ContentLanguage language() {
        return language;
    }

    String question() {
        return question;
    }

    String answerHtml() {
        return answerHtml;
    }

    String keywords() {
        return keywords;
    }

    Instant changedAt() {
        return changedAt;
    }
}

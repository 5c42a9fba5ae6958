package be.miis.frontdesk.knowledge;

import be.miis.frontdesk.shared.ContentLanguage;
import be.miis.frontdesk.shared.ContentLanguageConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What one publication of an article said in one language. Never changed once written (only whether it is the
 * current publication), because answers given to customers cite it.
 */
@Entity
@Table(name = "faq_article_version")
class FaqArticleVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(updatable = false)
    private long articleId;

    @Column(updatable = false)
    private int number;

    @Column(updatable = false)
    @Convert(converter = ContentLanguageConverter.class)
    private ContentLanguage language = ContentLanguage.NL;

    @Column(updatable = false)
    private String domainCode = "";

    @Column(updatable = false)
    @Enumerated(EnumType.STRING)
    private Audience audience = Audience.INTERNAL;

    @Column(updatable = false)
    private String question = "";

    @Column(updatable = false)
    private String answerHtml = "";

    @Column(updatable = false)
    private String keywords = "";

    @Column(updatable = false)
    private String publishedBy = "";

    @Column(updatable = false)
    private Instant publishedAt = Instant.EPOCH;

    @Column(name = "is_current")
    private boolean current;

    protected FaqArticleVersion() {}

    FaqArticleVersion(
            long articleId,
            int number,
            String domainCode,
            Audience audience,
            FaqTranslation translation,
            String publishedBy,
            Instant publishedAt) {
        this.articleId = articleId;
        this.number = number;
        this.language = translation.language();
        this.domainCode = domainCode;
        this.audience = audience;
        this.question = translation.question();
        this.answerHtml = translation.answerHtml();
        this.keywords = translation.keywords();
        this.publishedBy = publishedBy;
        this.publishedAt = publishedAt;
        this.current = true;
    }

    void retire() {
        this.current = false;
    }

    @Nullable
    Long id() {
        return id;
    }

    long articleId() {
        return articleId;
    }

    int number() {
        return number;
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

    String publishedBy() {
        return publishedBy;
    }

    Instant publishedAt() {
        return publishedAt;
    }

    boolean isCurrent() {
        return current;
    }
}

package be.miis.frontdesk.knowledge.web;

import be.miis.frontdesk.knowledge.ArticleDraft;
import be.miis.frontdesk.knowledge.ArticleView;
import be.miis.frontdesk.knowledge.Audience;
import be.miis.frontdesk.knowledge.TranslationText;
import be.miis.frontdesk.shared.ContentLanguage;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** The article form: one block per content language, left entirely empty for a language without translation. */
class ArticleForm {

    /** A prefilled question is cut here: the longest question the service takes. */
    static final int PREFILL_MAX = 300;

    @NotBlank(message = "{knowledge.domain.unknown}")
    private String domainCode = "";

    @NotNull
    private Audience audience = Audience.INTERNAL;

    @NotNull
    private ContentLanguage sourceLanguage = ContentLanguage.NL;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate reviewBy;

    private int version;

    private List<TranslationForm> translations = new ArrayList<>();

    public ArticleForm() {
        for (ContentLanguage language : ContentLanguage.values()) {
            translations.add(new TranslationForm(language));
        }
    }

    static ArticleForm of(ArticleView article) {
        ArticleForm form = new ArticleForm();
        form.domainCode = article.domainCode();
        form.audience = article.audience();
        form.sourceLanguage = article.sourceLanguage();
        form.reviewBy = article.reviewBy();
        form.version = article.version();
        for (TranslationForm translation : form.translations) {
            article.translation(translation.getLanguage()).ifPresent(t -> {
                translation.setQuestion(t.question());
                translation.setAnswerHtml(t.answerHtml());
                translation.setKeywords(t.keywords());
            });
        }
        return form;
    }

    /**
     * The article as written. Empty blocks are left out, so a text moved to another language (its block's language
     * changed) takes the place of that language's empty block; two texts in one language are refused by the
     * service. A lone text moved away from the source language takes the source along: a proposal made in the
     * wrong language is corrected by moving it, not by rewriting it.
     */
    ArticleDraft toDraft() {
        List<TranslationText> texts = translations.stream()
                .map(t -> new TranslationText(
                        t.getLanguage(),
                        nonNull(t.getQuestion()),
                        nonNull(t.getAnswerHtml()),
                        nonNull(t.getKeywords())))
                .filter(t -> !t.isBlank())
                .toList();
        ContentLanguage source = sourceLanguage;
        if (texts.size() == 1 && texts.get(0).language() != source) {
            source = texts.get(0).language();
        }
        return new ArticleDraft(domainCode, audience, source, reviewBy, texts);
    }

    /**
     * A new public article whose question in {@code language} starts as {@code question} (what portal visitors
     * searched in vain): the source language is that language, the rest is for the author to write.
     */
    void prefill(ContentLanguage language, String question) {
        sourceLanguage = language;
        audience = Audience.PUBLIC;
        String text = question.length() > PREFILL_MAX ? question.substring(0, PREFILL_MAX) : question;
        translations.stream().filter(t -> t.getLanguage() == language).forEach(t -> t.setQuestion(text));
    }

    private static String nonNull(@Nullable String value) {
        return value == null ? "" : value;
    }

    public String getDomainCode() {
        return domainCode;
    }

    public void setDomainCode(String domainCode) {
        this.domainCode = domainCode;
    }

    public Audience getAudience() {
        return audience;
    }

    public void setAudience(Audience audience) {
        this.audience = audience;
    }

    public ContentLanguage getSourceLanguage() {
        return sourceLanguage;
    }

    public void setSourceLanguage(ContentLanguage sourceLanguage) {
        this.sourceLanguage = sourceLanguage;
    }

    public @Nullable LocalDate getReviewBy() {
        return reviewBy;
    }

    public void setReviewBy(@Nullable LocalDate reviewBy) {
        this.reviewBy = reviewBy;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }

    public List<TranslationForm> getTranslations() {
        return translations;
    }

    public void setTranslations(List<TranslationForm> translations) {
        this.translations = translations;
    }

    /** One language block of the form. */
    public static class TranslationForm {

        private ContentLanguage language = ContentLanguage.NL;
        private @Nullable String question = "";
        private @Nullable String answerHtml = "";
        private @Nullable String keywords = "";

        public TranslationForm() {}

        TranslationForm(ContentLanguage language) {
            this.language = language;
        }

        public ContentLanguage getLanguage() {
            return language;
        }

        public void setLanguage(ContentLanguage language) {
            this.language = language;
        }

        public @Nullable String getQuestion() {
            return question;
        }

        public void setQuestion(@Nullable String question) {
            this.question = question;
        }

        public @Nullable String getAnswerHtml() {
            return answerHtml;
        }

        public void setAnswerHtml(@Nullable String answerHtml) {
            this.answerHtml = answerHtml;
        }

        public @Nullable String getKeywords() {
            return keywords;
        }

        public void setKeywords(@Nullable String keywords) {
            this.keywords = keywords;
        }
    }
}

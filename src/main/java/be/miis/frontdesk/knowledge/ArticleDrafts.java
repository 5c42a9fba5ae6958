package be.miis.frontdesk.knowledge;

import be.miis.frontdesk.shared.DomainCatalogue;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The rules of a draft before it is saved, shared by the article form and API ({@link KnowledgeService}) and the
 * migration import ({@link KnowledgeTransfer}), so an imported article passes the same checks and sanitising as
 * one written here. The rest (a question in the source language) is the article's own, in {@link FaqArticle}.
 */
final class ArticleDrafts {

    private final DomainCatalogue domains;

    ArticleDrafts(DomainCatalogue domains) {
        this.domains = domains;
    }

    /**
     * The draft as it will be saved, or the first field that is wrong. A JSON client can leave out anything, so the
     * fields are checked for null here, as the import does: a missing text counts as empty, a missing audience,
     * source language, translation list, translation or language is refused.
     */
    ArticleDraft checked(ArticleDraft draft) {
        if (domains.findAll().stream().noneMatch(d -> d.code().equals(draft.domainCode()) && d.active())) {
            throw new InvalidArticleException("domainCode", "knowledge.domain.unknown");
        }
        required("audience", draft.audience());
        required("sourceLanguage", draft.sourceLanguage());
        List<TranslationText> given = required("translations", draft.translations());
        List<TranslationText> texts = new ArrayList<>(given.size());
        for (int i = 0; i < given.size(); i++) {
            TranslationText t = required("translations[" + i + "]", given.get(i));
            texts.add(new TranslationText(
                    required("translations[" + i + "].language", t.language()),
                    orEmpty(t.question()).strip(),
                    HtmlSanitiser.sanitise(orEmpty(t.answerHtml())),
                    orEmpty(t.keywords()).strip()));
        }
        long languages =
                texts.stream().map(TranslationText::language).distinct().count();
        if (languages != texts.size()) {
            throw new InvalidArticleException("translations", "knowledge.translation.duplicate");
        }
        for (TranslationText text : texts) {
            if (text.question().length() > KnowledgeService.MAX_QUESTION) {
                throw new InvalidArticleException("question", "knowledge.question.tooLong");
            }
            if (text.keywords().length() > 500) {
                throw new InvalidArticleException("keywords", "knowledge.keywords.tooLong");
            }
        }
        return new ArticleDraft(draft.domainCode(), draft.audience(), draft.sourceLanguage(), draft.reviewBy(), texts);
    }

    private static <T> T required(String field, @Nullable T value) {
        if (value == null) {
            throw new InvalidArticleException(field, "knowledge.import.required");
        }
        return value;
    }

    private static String orEmpty(@Nullable String text) {
        return text == null ? "" : text;
    }
}

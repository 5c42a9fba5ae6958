package be.miis.frontdesk.knowledge;

import be.miis.frontdesk.shared.ContentLanguage;
import java.util.Arrays;

final class ArticleMother {

    private ArticleMother() {}

    static TranslationText nl(String question, String answer, String keywords) {
        return new TranslationText(ContentLanguage.NL, question, answer, keywords);
    }

    static TranslationText fr(String question, String answer, String keywords) {
        return new TranslationText(ContentLanguage.FR, question, answer, keywords);
    }

    static ArticleDraft draft(String domain, TranslationText... translations) {
        return new ArticleDraft(
                domain, Audience.INTERNAL, translations[0].language(), null, Arrays.asList(translations));
    }
}

package be.miis.frontdesk.knowledge;

import be.miis.frontdesk.shared.ContentLanguage;

/** The question, answer (HTML, sanitised on save) and keywords of an article in one language. */
public record TranslationText(ContentLanguage language, String question, String answerHtml, String keywords) {

    public boolean isBlank() {
        return question.isBlank() && answerHtml.isBlank() && keywords.isBlank();
    }
}

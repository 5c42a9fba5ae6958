package be.miis.frontdesk.knowledge;

import be.miis.frontdesk.shared.ContentLanguage;

/**
 * The current published answer of an article for use in a reply: the version id is what a ticket records. {@code
 * fallback} when the article has no translation in the language asked for and another one is given.
 */
public record PublishedAnswer(
        long articleId,
        long versionId,
        int versionNumber,
        ContentLanguage language,
        String question,
        String answerHtml,
        boolean fallback) {

    /** The answer as plain text, as a ticket answer or a mail carries it. */
    public String answerText() {
        return HtmlSanitiser.plainText(answerHtml);
    }
}

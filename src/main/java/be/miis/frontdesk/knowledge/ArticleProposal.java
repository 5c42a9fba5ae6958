package be.miis.frontdesk.knowledge;

import be.miis.frontdesk.shared.ContentLanguage;

/**
 * An answered question offered to the base: the question and the answer as given (plain text), in the language
 * of the ticket. It becomes a draft that its author tidies up (personal data out) and sends for review.
 */
public record ArticleProposal(String domainCode, ContentLanguage language, String question, String answerText) {}

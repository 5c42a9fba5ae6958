package be.miis.frontdesk.knowledge;

import be.miis.frontdesk.shared.ContentLanguage;

/**
 * An answered question offered to the base: the question and the answer as given (plain text), and the language
 * of the ticket. It becomes a draft in the language the answer is written in (the ticket's when the text does not
 * tell), which its author tidies up (personal data out, moved to another language if need be) and sends for review.
 */
public record ArticleProposal(String domainCode, ContentLanguage language, String question, String answerText) {}

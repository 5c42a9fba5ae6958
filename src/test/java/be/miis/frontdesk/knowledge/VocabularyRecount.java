package be.miis.frontdesk.knowledge;

import org.springframework.jdbc.core.simple.JdbcClient;

/** The search vocabulary checked against a count written independently of {@link SearchVocabulary#refresh}. */
final class VocabularyRecount {

    private VocabularyRecount() {}

    /**
     * Words whose counts differ from the number of current translations that contain them: anywhere, and in the
     * question or keywords (weights A and B), asked of each translation's vector by the word itself.
     */
    static long wordsCountedWrong(JdbcClient jdbc) {
        return jdbc.sql("""
                        select count(*) from faq_search_word w
                        where w.in_text <> (select count(*) from faq_article_version v
                                            where v.is_current and v.language = w.language
                                              and v.search_vector @@ quote_literal(w.lexeme)::tsquery)
                           or w.in_question <> (select count(*) from faq_article_version v
                                                where v.is_current and v.language = w.language
                                                  and v.search_vector @@ (quote_literal(w.lexeme) || ':AB')::tsquery)
                        """).query(Long.class).single();
    }
}

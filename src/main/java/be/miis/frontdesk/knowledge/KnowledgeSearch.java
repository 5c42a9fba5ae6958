package be.miis.frontdesk.knowledge;

import be.miis.frontdesk.shared.ContentLanguage;
import be.miis.frontdesk.shared.SearchText;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Full-text search over the current publications (V10): every translation is matched with the configuration of
 * its own language (stemming after unaccent), so one query finds the Dutch and the French articles alike; hits in
 * the language searched rank first. When the words find fewer than {@link #FALLBACK_BELOW} articles, trigram
 * similarity of question and keywords adds what a typo missed. Both paths run on partial GIN indexes (one per
 * language for the words, V16), and ranking is bounded by {@link #RANK_POOL} so that common words stay fast.
 */
@Component
class KnowledgeSearch {

    static final int FALLBACK_BELOW = 3;

    /**
     * At most this many matching translations are ranked. Ranking reads the tsvector of every match from the
     * table (PostgreSQL manual, "Ranking Search Results": often I/O bound), and a common word ("leefloon" in a
     * third of 100 000 articles) took 1.8 s that way. Up to this many matches the order is exact; beyond it
     * the best of the first matches are shown, and with that many matches hundreds of them still carry the words
     * in their question (weight A), which is what ranks first anyway. Typing a second word narrows it. The
     * similarity fallback is bounded the same way: a misspelt pair such as "revnu integration" shares its
     * trigrams with every French article about the revenu d'intégration and took 5 to 12 s unbounded.
     */
    static final int RANK_POOL = 500;

    private static final int MAX_WORDS = 8;
    private static final int MAX_SUGGESTION_WORDS = 12;
    private static final int MIN_PREFIX = 3;
    private static final String MARK_START = "\u27E6";
    private static final String MARK_END = "\u27E7";

    private final JdbcClient jdbc;

    KnowledgeSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<SearchHit> search(SearchQuery query) {
        String normalised = SearchText.normalise(query.text());
        if (normalised.isEmpty()) {
            return List.of();
        }
        Map<Long, SearchHit> hits = new LinkedHashMap<>();
        fullText(query, tsQuery(normalised)).forEach(hit -> hits.putIfAbsent(hit.articleId(), hit));
        if (hits.size() < Math.min(FALLBACK_BELOW, query.limit()) && normalised.length() >= 3) {
            similar(query, normalised).forEach(hit -> hits.putIfAbsent(hit.articleId(), hit));
        }
        return hits.values().stream().limit(query.limit()).toList();
    }

    /**
     * Articles for a whole question as a caller put it: any of its words may match (stop words fall out in the
     * language configurations), so the rank, which grows with the words matched, decides. No typo fallback: a
     * question is long enough to match by its other words.
     */
    List<SearchHit> suggest(SearchQuery query) {
        String words = Arrays.stream(SearchText.normalise(query.text()).split(" "))
                .filter(word -> word.length() >= 3)
                .distinct()
                .limit(MAX_SUGGESTION_WORDS)
                .map(KnowledgeSearch::term)
                .collect(Collectors.joining(" | "));
        return words.isEmpty() ? List.of() : fullText(query, words);
    }

    /**
     * Every word must match, each as a prefix of a stem, so the word being typed already finds ("stookolie"
     * finds "stookoliefonds"). The words are letters and digits only, so they cannot break the query syntax.
     * Words shorter than {@link #MIN_PREFIX} match whole: as a prefix, the "d" of "revenu d'intégration" stood
     * for every word starting with d and made the search read half the base (0.5 s at 100 000 articles).
     */
    static String tsQuery(String normalised) {
        return Arrays.stream(normalised.split(" "))
                .limit(MAX_WORDS)
                .map(KnowledgeSearch::term)
                .collect(Collectors.joining(" & "));
    }

    /**
     * One word as a prefix of a stem. A plural the stemmer keeps (the French one leaves "-us" and "-x" alone:
     * "revenus" stays "revenus" while the article says "revenu") also matches without its last letter.
     */
    private static String term(String word) {
        if (word.length() < MIN_PREFIX) {
            return word;
        }
        if (word.length() > 4 && (word.endsWith("s") || word.endsWith("x"))) {
            return "(" + word + ":* | " + word.substring(0, word.length() - 1) + ":*)";
        }
        return word + ":*";
    }

    private List<SearchHit> fullText(SearchQuery query, String tsQuery) {
        Map<String, Object> params = filters(query);
        params.put("tq", tsQuery);
        StringBuilder match = new StringBuilder();
        for (ContentLanguage language : ContentLanguage.values()) {
            // One branch per language with a constant configuration: each becomes a bitmap scan of the GIN index.
            match.append(match.isEmpty() ? "" : " or ")
                    .append("(v.language = '%s' and v.search_vector @@ to_tsquery(frontdesk_text_config('%s'), :tq))"
                            .formatted(language.code(), language.code()));
        }
        // The query is parsed once per language (cte q), not once per ranked row as before.
        return jdbc.sql("""
                        with q (language, tq) as (
                            select l, to_tsquery(frontdesk_text_config(l), :tq)
                            from unnest(array['nl', 'fr', 'de', 'en']) l)
                        select h.*, ts_headline(frontdesk_text_config(h.language), h.answer_text, h.tq,
                                   'StartSel=%s, StopSel=%s, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "') as snippet,
                               false as approximate
                        from (select * from (
                                select distinct on (v.article_id) v.id, v.article_id, v.number, v.language, v.question,
                                       v.answer_text, v.domain_code, v.audience, q.tq,
                                       ts_rank('{0.1, 0.2, 0.4, 1.0}', v.search_vector, q.tq)
                                           * (case when v.language = :lang then 1.0 else 0.5 end) as score
                                from (select v.id, v.article_id, v.number, v.language, v.question, v.answer_text,
                                             v.domain_code, v.audience, v.search_vector
                                      from faq_article_version v
                                      where v.is_current and (%s) %s
                                      limit :pool) v
                                join q on q.language = v.language
                                order by v.article_id, (v.language = :lang) desc, score desc) best
                              order by score desc, article_id limit :limit) h
                        order by h.score desc, h.article_id
                        """.formatted(MARK_START, MARK_END, match, filterSql(query)))
                .params(params)
                .param("pool", RANK_POOL)
                .query((rs, n) -> hit(rs, query.language()))
                .list();
    }

    private List<SearchHit> similar(SearchQuery query, String normalised) {
        Map<String, Object> params = filters(query);
        params.put("qn", normalised);
        return jdbc.sql("""
                        select * from (
                            select distinct on (v.article_id) v.id, v.article_id, v.number, v.language, v.question,
                                   v.answer_text, v.domain_code, v.audience,
                                   word_similarity(:qn, v.search_question)
                                       * (case when v.language = :lang then 1.0 else 0.9 end) as score,
                                   left(v.answer_text, 200) as snippet, true as approximate
                            from (select v.id, v.article_id, v.number, v.language, v.question, v.answer_text,
                                         v.domain_code, v.audience, v.search_question
                                  from faq_article_version v
                                  where v.is_current and :qn <%% v.search_question %s
                                  limit :pool) v
                            order by v.article_id, (v.language = :lang) desc, score desc) best
                        order by score desc, article_id limit :limit
                        """.formatted(filterSql(query)))
                .params(params)
                .param("pool", RANK_POOL)
                .query((rs, n) -> hit(rs, query.language()))
                .list();
    }

    private static Map<String, Object> filters(SearchQuery query) {
        Map<String, Object> params = new HashMap<>();
        params.put("lang", query.language().code());
        params.put("limit", query.limit());
        if (query.domainCode() != null) {
            params.put("domain", query.domainCode());
        }
        if (query.audience() != null) {
            params.put("audience", query.audience().name());
        }
        return params;
    }

    private static String filterSql(SearchQuery query) {
        List<String> conditions = new ArrayList<>();
        if (query.domainCode() != null) {
            conditions.add(" and v.domain_code = :domain");
        }
        if (query.audience() != null) {
            conditions.add(" and v.audience = :audience");
        }
        return String.join("", conditions);
    }

    private static SearchHit hit(ResultSet rs, ContentLanguage searched) throws SQLException {
        ContentLanguage language =
                ContentLanguage.fromCode(rs.getString("language")).orElseThrow();
        return new SearchHit(
                rs.getLong("article_id"),
                rs.getLong("id"),
                rs.getInt("number"),
                language,
                rs.getString("question"),
                snippet(rs.getString("snippet"), rs.getBoolean("approximate")),
                rs.getString("domain_code"),
                Audience.valueOf(rs.getString("audience")),
                language != searched,
                rs.getBoolean("approximate"));
    }

    /** Escapes the text of a snippet and only then turns the markers of ts_headline into {@code <mark>}. */
    static String snippet(String raw, boolean approximate) {
        String text = raw.replaceAll("\\s+", " ").strip();
        if (approximate && text.length() >= 200) {
            text = text.substring(0, text.lastIndexOf(' ') > 0 ? text.lastIndexOf(' ') : text.length()) + " …";
        }
        return HtmlUtils.htmlEscape(text, "UTF-8").replace(MARK_START, "<mark>").replace(MARK_END, "</mark>");
    }
}

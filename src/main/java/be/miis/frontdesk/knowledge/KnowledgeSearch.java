package be.miis.frontdesk.knowledge;

import be.miis.frontdesk.knowledge.SearchVocabulary.Form;
import be.miis.frontdesk.knowledge.SearchVocabulary.Lookup;
import be.miis.frontdesk.shared.ContentLanguage;
import be.miis.frontdesk.shared.SearchText;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Full-text search over the current publications, each translation stemmed in its own language after unaccent
 * (V10), answered in stages so that the cost follows what is found rather than the size of the base
 * (docs/search/FINDINGS.md):
 *
 * <ol>
 *   <li>The typed words are looked up in the vocabulary ({@link SearchVocabulary}). In the language searched, a
 *       word the base never uses is corrected to a near word of that language or left out; either way the hits
 *       are marked approximate. Another language takes part only if it has every word.
 *   <li>The questions and keywords of the language searched (a small index). When they give a full page, that is
 *       the answer: the words are in the question, which ranks first anyway.
 *   <li>Otherwise the whole text, answers included, in every language that takes part; hits in the language
 *       searched rank first.
 *   <li>When every word together finds almost nothing, any of them: the articles with most of the words rank
 *       first, marked approximate.
 * </ol>
 *
 * Each statement runs with a custom plan for its own words, on the access path the vocabulary's counts call for:
 * a sequential scan when the words are common enough for it to fill the pool within the first rows, the GIN
 * index otherwise. Left to itself, the planner took a misspelt or rare word for a common one and read the
 * whole table (400 to 600 ms), or collected every match of a common one into a bitmap (60 to 130 ms).
 *
 * <p>One class although it is longer than the others: the stages are one algorithm. Each stage decides from what
 * the one before found (the corrected words, the languages taking part, how full the pool is) and they share the
 * plan choice and the ranking, so pieces split out would only pass that state back and forth.
 */
@Component
class KnowledgeSearch {

    /** Fewer hits than this from every word together, and any of the words may match. */
    static final int FALLBACK_BELOW = 3;

    /**
     * At most this many matches of a statement are ranked. Ranking reads each match's vector, and a common word
     * matches a third of 100 000 articles; with the question index searched first, the pool already holds the
     * articles that have the words in their question.
     */
    static final int RANK_POOL = 200;

    /**
     * Words in at least this share of a language's translations (together) are common: a sequential scan meets
     * a pool of them within a few thousand rows (5 ms for "leefloon" in a fifth of the Dutch questions), where a
     * GIN bitmap would first collect every match (12 ms). Rarer words are read from the GIN index only; at 10 % a
     * bitmap is already the faster of the two (8 against 18 ms for "social integration").
     */
    static final double COMMON = 0.15;

    private static final int MAX_WORDS = 8;
    private static final int MAX_SUGGESTION_WORDS = 12;
    private static final int MIN_PREFIX = 3;
    private static final double OTHER_LANGUAGE = 0.5;
    private static final String WEIGHTS = "{0.1, 0.2, 0.4, 1.0}";
    private static final String MARK_START = "\u27E6";
    private static final String MARK_END = "\u27E7";

    private final JdbcClient jdbc;
    private final SearchVocabulary vocabulary;

    KnowledgeSearch(JdbcClient jdbc, SearchVocabulary vocabulary) {
        this.jdbc = jdbc;
        this.vocabulary = vocabulary;
    }

    /** Every word must match (the last one, being typed, as the beginning of a word). */
    List<SearchHit> search(SearchQuery query) {
        try {
            return searchEveryWord(query);
        } finally {
            resetPlanner();
        }
    }

    /**
     * The planner settings of {@link #stage} are local to the transaction, which may be a caller's and go on after
     * the search: its other statements get the server's settings back.
     */
    private void resetPlanner() {
        jdbc.sql("reset plan_cache_mode; reset enable_seqscan; reset enable_bitmapscan")
                .update();
    }

    private List<SearchHit> searchEveryWord(SearchQuery query) {
        List<String> words = words(query.text(), 1, MAX_WORDS);
        if (words.isEmpty()) {
            return List.of();
        }
        int typing = words.get(words.size() - 1).length() >= MIN_PREFIX ? words.size() : 0;
        List<Terms> terms = terms(query.language(), words, typing, true);
        Terms own = terms.get(0);
        Map<Long, SearchHit> hits = new LinkedHashMap<>();
        if (!own.groups().isEmpty()) {
            String all = own.tsQuery(" & ");
            add(hits, stage(query, own, "question_vector", all, own.share(true, true), false));
        }
        if (hits.size() < query.limit()) {
            add(
                    hits,
                    best(terms.stream()
                            .filter(t -> !t.groups().isEmpty())
                            .flatMap(t ->
                                    stage(query, t, "search_vector", t.tsQuery(" & "), t.share(false, true), false)
                                            .stream())
                            .toList()));
        }
        if (hits.size() < Math.min(FALLBACK_BELOW, query.limit())
                && own.groups().size() > 1) {
            add(hits, anyWord(query, own, true));
        }
        return hits.values().stream().limit(query.limit()).toList();
    }

    /**
     * Articles for a whole question as a caller put it: any of its words may match, and the rank, which grows
     * with the words matched, decides. Words the base never uses are left out without a mark: a question is long
     * enough to match by its other words.
     */
    List<SearchHit> suggest(SearchQuery query) {
        List<String> words = words(query.text(), 3, MAX_SUGGESTION_WORDS);
        if (words.isEmpty()) {
            return List.of();
        }
        try {
            List<Terms> terms = terms(query.language(), words, 0, false);
            return best(terms.stream()
                            .filter(t -> !t.groups().isEmpty())
                            .flatMap(t -> anyWord(query, t, false).stream())
                            .toList())
                    .stream()
                    .map(Ranked::hit)
                    .limit(query.limit())
                    .toList();
        } finally {
            resetPlanner();
        }
    }

    /** A hit with its score: the rank of its text, halved in another language. */
    private record Ranked(SearchHit hit, double score) {}

    private static void add(Map<Long, SearchHit> hits, List<Ranked> ranked) {
        ranked.forEach(r -> hits.putIfAbsent(r.hit().articleId(), r.hit()));
    }

    private static List<String> words(String text, int minLength, int max) {
        String normalised = SearchText.normalise(text);
        if (normalised.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(normalised.split(" "))
                .filter(word -> word.length() >= minLength)
                .distinct()
                .limit(max)
                .toList();
    }

    /**
     * The words of a search as terms per language, the language searched first. {@code everyWord}: another
     * language takes part only with every word (that is not a stop word there), and the language searched
     * corrects its unknown words; otherwise every language takes the words it has.
     */
    private List<Terms> terms(ContentLanguage searched, List<String> words, int typing, boolean everyWord) {
        Map<ContentLanguage, Lookup> lookups = vocabulary.lookup(words, typing);
        Lookup own = lookups.get(searched);
        List<String> unknown = new ArrayList<>();
        for (int position = 1; position <= words.size(); position++) {
            if (everyWord && !own.forms().containsKey(position) && own.stems().containsKey(position)) {
                unknown.add(own.stems().get(position));
            }
        }
        Map<String, Form> corrections = unknown.isEmpty() ? Map.of() : vocabulary.corrections(searched, unknown);
        List<Terms> terms = new ArrayList<>();
        terms.add(Terms.of(own, words.size(), everyWord ? corrections : null, false));
        for (ContentLanguage language : ContentLanguage.values()) {
            if (language != searched) {
                terms.add(Terms.of(lookups.get(language), words.size(), null, everyWord));
            }
        }
        return terms;
    }

    /** Any of the words, the articles with most of them first; the candidates come from the rarer words. */
    private List<Ranked> anyWord(SearchQuery query, Terms terms, boolean approximate) {
        List<List<Form>> rare = terms.groups().stream()
                .filter(group -> terms.share(List.of(group), false) < COMMON)
                .toList();
        List<List<Form>> candidates = rare.isEmpty() ? terms.groups() : rare;
        return stage(
                query,
                terms.with(candidates),
                "search_vector",
                terms.tsQuery(" | "),
                rare.isEmpty() ? 1.0 : 0.0,
                approximate);
    }

    /**
     * One statement: the matches of one language in one vector, at most {@link #RANK_POOL} of them ranked, the
     * best {@code limit} with a highlighted snippet. {@code share} is the estimated share of the language's
     * translations that match (sequential scan only from {@link #COMMON}); {@code rankQuery} ranks, while the
     * terms' own query selects.
     */
    private List<Ranked> stage(
            SearchQuery query, Terms terms, String vector, String rankQuery, double share, boolean approximate) {
        // Local to the search's transaction: a custom plan for these very words, and the access path the counts
        // call for. The planner guesses a prefix or a rare word as a few percent of the rows either way.
        boolean common = share >= COMMON;
        jdbc.sql(
                        "select set_config('plan_cache_mode', 'force_custom_plan', true), "
                                + "set_config('enable_seqscan', :seqscan, true), set_config('enable_bitmapscan', :bitmap, true)")
                .param("seqscan", common ? "on" : "off")
                .param("bitmap", common ? "off" : "on")
                .query()
                .singleRow();
        String language = terms.language().code();
        Map<String, Object> params = filters(query);
        params.put("match", terms.tsQuery(terms.operator()));
        params.put("rank", rankQuery);
        params.put("pool", RANK_POOL);
        boolean approximateHits = approximate || terms.approximate();
        double weight = terms.language() == query.language() ? 1.0 : OTHER_LANGUAGE;
        return jdbc.sql("""
                        select h.*, ts_headline(frontdesk_text_config('%1$s'), h.answer_text, cast(:rank as tsquery),
                                   'StartSel=%2$s, StopSel=%3$s, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "') as snippet
                        from (select * from (
                                select v.id, v.article_id, v.number, v.language, v.question, v.answer_text,
                                       v.domain_code, v.audience,
                                       ts_rank('%4$s', v.%5$s, cast(:rank as tsquery)) as score
                                from faq_article_version v
                                where v.is_current and v.language = '%1$s'
                                  and v.%5$s @@ cast(:match as tsquery) %6$s
                                limit :pool) pool
                              order by score desc, article_id limit :limit) h
                        order by h.score desc, h.article_id
                        """.formatted(language, MARK_START, MARK_END, WEIGHTS, vector, filterSql(query)))
                .params(params)
                .query((rs, n) -> hit(rs, query.language(), weight, approximateHits))
                .list();
    }

    /** One hit per article (in the language searched when it has one, else its best), best first. */
    private static List<Ranked> best(List<Ranked> hits) {
        Map<Long, Ranked> best = new HashMap<>();
        for (Ranked hit : hits) {
            best.merge(hit.hit().articleId(), hit, (a, b) -> preferred(a, b) ? a : b);
        }
        return best.values().stream()
                .sorted(Comparator.comparingDouble(Ranked::score).reversed().thenComparingLong(r -> r.hit()
                        .articleId()))
                .toList();
    }

    private static boolean preferred(Ranked a, Ranked b) {
        if (a.hit().otherLanguage() != b.hit().otherLanguage()) {
            return !a.hit().otherLanguage();
        }
        return a.score() >= b.score();
    }

    private static Map<String, Object> filters(SearchQuery query) {
        Map<String, Object> params = new HashMap<>();
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

    private static Ranked hit(ResultSet rs, ContentLanguage searched, double weight, boolean approximate)
            throws SQLException {
        ContentLanguage language =
                ContentLanguage.fromCode(rs.getString("language")).orElseThrow();
        return new Ranked(
                new SearchHit(
                        rs.getLong("article_id"),
                        rs.getLong("id"),
                        rs.getInt("number"),
                        language,
                        rs.getString("question"),
                        snippet(rs.getString("snippet")),
                        rs.getString("domain_code"),
                        Audience.valueOf(rs.getString("audience")),
                        language != searched,
                        approximate),
                rs.getDouble("score") * weight);
    }

    /** Escapes the text of a snippet and only then turns the markers of ts_headline into {@code <mark>}. */
    static String snippet(String raw) {
        String text = raw.replaceAll("\\s+", " ").strip();
        return HtmlUtils.htmlEscape(text, "UTF-8").replace(MARK_START, "<mark>").replace(MARK_END, "</mark>");
    }

    /**
     * The words of a search in one language: per word, the forms that match it (any of them will do), in the
     * order typed. {@code approximate} when a word was corrected or left out.
     */
    record Terms(
            ContentLanguage language, int translations, List<List<Form>> groups, boolean approximate, String operator) {

        /**
         * {@code corrections} (the language searched): a word without forms takes its correction, or is left out.
         * Otherwise ({@code corrections} null) a word without forms is left out, or, with {@code everyWord}, the
         * language does not take part.
         */
        static Terms of(Lookup lookup, int words, Map<String, Form> corrections, boolean everyWord) {
            List<List<Form>> groups = new ArrayList<>();
            boolean approximate = false;
            for (int position = 1; position <= words; position++) {
                List<Form> forms = lookup.forms().get(position);
                if (forms != null) {
                    groups.add(forms);
                } else if (lookup.stopWords().contains(position)) {
                    continue;
                } else if (corrections != null) {
                    Form correction = corrections.get(lookup.stems().get(position));
                    if (correction != null) {
                        groups.add(List.of(correction));
                    }
                    approximate = true;
                } else if (everyWord) {
                    return new Terms(lookup.language(), lookup.translations(), List.of(), false, " & ");
                }
            }
            return new Terms(lookup.language(), lookup.translations(), groups, approximate, " & ");
        }

        /** The same terms, matched by any of these groups. */
        Terms with(List<List<Form>> anyOf) {
            return new Terms(language, translations, anyOf, approximate, " | ");
        }

        /** The groups as a tsquery of stems: the forms of a word OR-ed, the words joined by {@code operator}. */
        String tsQuery(String operator) {
            return groups.stream().map(Terms::group).collect(Collectors.joining(operator));
        }

        private static String group(List<Form> forms) {
            String terms = forms.stream()
                    .map(form -> "'" + quoted(form.lexeme()) + "'" + (form.prefix() ? ":*" : ""))
                    .distinct()
                    .collect(Collectors.joining(" | "));
            return forms.size() > 1 ? "(" + terms + ")" : terms;
        }

        /**
         * A lexeme inside tsquery quotes. Typed words are letters and digits only, but a correction comes from
         * the articles' own stems, and the parser keeps a path such as {@code c:\temp} whole.
         */
        private static String quoted(String lexeme) {
            return lexeme.replace("\\", "\\\\").replace("'", "''");
        }

        /** The estimated share of translations that match every word (or, for a single group, that word). */
        double share(boolean question, boolean everyWord) {
            return everyWord
                    ? share(groups, question)
                    : groups.stream()
                            .mapToDouble(g -> share(List.of(g), question))
                            .sum();
        }

        /** Every group, as if the words were independent; 0 while the counts are unknown (never a full scan). */
        double share(List<List<Form>> of, boolean question) {
            if (translations <= 0) {
                return 0;
            }
            double share = 1;
            for (List<Form> group : of) {
                long count = group.stream()
                        .mapToLong(form -> question ? form.inQuestion() : form.inText())
                        .sum();
                share *= Math.min(1.0, (double) count / translations);
            }
            return share;
        }
    }
}

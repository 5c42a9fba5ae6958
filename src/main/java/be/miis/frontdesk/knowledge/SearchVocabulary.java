package be.miis.frontdesk.knowledge;

import be.miis.frontdesk.shared.ContentLanguage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The words the current translations use (V23: table {@code faq_search_word}, their stems per language with the
 * number of translations that use them). A search looks its words up here before anything reaches the full-text
 * index: what the base never uses is corrected to a near word of the same language or left out, and the counts
 * tell how common the remaining words are.
 */
@Component
class SearchVocabulary {

    /** A correction must be at least this similar (pg_trgm, 0 to 1) to the stem typed. */
    static final double MIN_SIMILARITY = 0.5;

    /** ... and at most this many characters longer or shorter: "hoevel" is not a typo of "hoe". */
    static final int MAX_LENGTH_DIFFERENCE = 2;

    private static final int MIN_STEM_IN_TYPO = 5;

    /**
     * A word being typed stands for the stems it begins; up to this many are searched as exact words. GIN finds
     * exact entries by their posting lists, while a prefix ({@code leeflon:*}) is gathered into a bitmap as a
     * whole, two to three times slower for a common word.
     */
    static final int EXPAND = 16;

    private static final int CANDIDATES = 3;

    private final JdbcClient jdbc;

    SearchVocabulary(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One form of a typed word that the vocabulary holds: its stem or the stem of its singular, maybe a prefix. */
    record Form(int position, String lexeme, boolean prefix, long inQuestion, long inText) {}

    /** What the vocabulary of one language says about the typed words. */
    record Lookup(
            ContentLanguage language,
            int translations,
            Map<Integer, List<Form>> forms,
            List<Integer> stopWords,
            Map<Integer, String> stems) {}

    /**
     * The forms of each word (1-based positions) in every language, in one statement. Each word is stemmed with
     * the configuration of the language, as the index was; a word longer than four letters ending in s or x is
     * also looked up without it (the French stemmer keeps "revenus" while the article says "revenu"). The word at
     * {@code prefixAt} is being typed and matches every stem it begins (0: none), as {@link #EXPAND} exact stems
     * at most, beyond that as a prefix.
     */
    Map<ContentLanguage, Lookup> lookup(List<String> words, int prefixAt) {
        Map<ContentLanguage, Lookup> lookups = new EnumMap<>(ContentLanguage.class);
        for (ContentLanguage language : ContentLanguage.values()) {
            lookups.put(language, new Lookup(language, 0, new HashMap<>(), new ArrayList<>(), new HashMap<>()));
        }
        Map<ContentLanguage, Integer> translations = new EnumMap<>(ContentLanguage.class);
        jdbc.sql("""
                        with s as (
                            select l.language, w.pos::int as pos, w.word,
                                   (select min(x.lexeme)
                                    from unnest(to_tsvector(frontdesk_text_config(l.language), w.word)) x) as stem,
                                   case when length(w.word) > 4 and right(w.word, 1) in ('s', 'x') then
                                       (select min(x.lexeme)
                                        from unnest(to_tsvector(frontdesk_text_config(l.language), left(w.word, -1))) x)
                                   end as singular
                            from unnest(cast(:languages as text[])) as l(language)
                            cross join unnest(cast(:words as text[])) with ordinality as w(word, pos)),
                        f as (
                            select language, pos, stem as lexeme, 'stem' as kind from s where stem is not null
                            union
                            select language, pos, singular, 'singular' from s where singular is not null)
                        select f.language, f.pos, f.lexeme as form, f.kind, c.lexeme, c.in_question, c.in_text, c.n,
                               c.all_question, c.all_text,
                               (select t.translations from faq_search_language t where t.language = f.language)
                                   as translations
                        from f
                        left join lateral (
                            -- The stem itself, or, for the word being typed, the stems that begin with it: a range
                            -- of the primary key in C collation (chr(1) ends the exact match, U+10FFFF the prefix).
                            select x.lexeme, x.in_question, x.in_text, count(*) over () as n,
                                   sum(x.in_question) over () as all_question, sum(x.in_text) over () as all_text
                            from faq_search_word x
                            where x.language = f.language
                              and x.lexeme >= f.lexeme collate "C"
                              and x.lexeme < (f.lexeme || case when f.pos = :prefixAt then chr(1114111) else chr(1) end)
                                  collate "C"
                            order by x.lexeme
                            limit :expand + 1) c on true
                        union all
                        select s.language, s.pos, null, 'stop', null, 0, 0, 0, 0, 0,
                               (select t.translations from faq_search_language t where t.language = s.language)
                        from s
                        where s.stem is null and s.singular is null
                        """)
                .param("languages", codes())
                .param("words", words.toArray(String[]::new))
                .param("prefixAt", prefixAt)
                .param("expand", EXPAND)
                .query(rs -> {
                    ContentLanguage language =
                            ContentLanguage.fromCode(rs.getString("language")).orElseThrow();
                    Lookup lookup = lookups.get(language);
                    int position = rs.getInt("pos");
                    translations.put(language, rs.getInt("translations"));
                    switch (rs.getString("kind")) {
                        case "stop" -> lookup.stopWords().add(position);
                        case "stem" -> lookup.stems().put(position, rs.getString("form"));
                        default -> {}
                    }
                    if (rs.getString("lexeme") == null) {
                        return;
                    }
                    List<Form> forms = lookup.forms().computeIfAbsent(position, p -> new ArrayList<>());
                    Form form = rs.getLong("n") <= EXPAND
                            ? new Form(
                                    position,
                                    rs.getString("lexeme"),
                                    false,
                                    rs.getLong("in_question"),
                                    rs.getLong("in_text"))
                            : new Form(
                                    position,
                                    rs.getString("form"),
                                    true,
                                    rs.getLong("all_question"),
                                    rs.getLong("all_text"));
                    if (!forms.contains(form)) {
                        forms.add(form);
                    }
                });
        lookups.replaceAll((language, lookup) -> new Lookup(
                language, translations.getOrDefault(language, 0), lookup.forms(), lookup.stopWords(), lookup.stems()));
        return lookups;
    }

    /**
     * The nearest word of the language for each stem the vocabulary lacks (a typo), when one is close enough
     * ({@link #acceptable}); a nearest-neighbour search on the trigram index, a fraction of a millisecond per word.
     */
    Map<String, Form> corrections(ContentLanguage language, List<String> stems) {
        Map<String, List<Candidate>> candidates = new HashMap<>();
        jdbc.sql("""
                        select s.stem, n.lexeme, n.in_question, n.in_text, similarity(n.lexeme, s.stem) as similarity
                        from unnest(cast(:stems as text[])) as s(stem)
                        cross join lateral (
                            select x.lexeme, x.in_question, x.in_text
                            from faq_search_word x
                            where x.language = :language
                            order by x.lexeme <-> s.stem
                            limit :candidates) n
                        """)
                .param("stems", stems.toArray(String[]::new))
                .param("language", language.code())
                .param("candidates", CANDIDATES)
                .query(rs -> {
                    candidates
                            .computeIfAbsent(rs.getString("stem"), s -> new ArrayList<>())
                            .add(new Candidate(
                                    rs.getString("lexeme"),
                                    rs.getDouble("similarity"),
                                    rs.getLong("in_question"),
                                    rs.getLong("in_text")));
                });
        Map<String, Form> corrections = new HashMap<>();
        candidates.forEach((stem, list) -> best(stem, list)
                .ifPresent(c -> corrections.put(stem, new Form(0, c.lexeme(), false, c.inQuestion(), c.inText()))));
        return corrections;
    }

    record Candidate(String lexeme, double similarity, long inQuestion, long inText) {}

    static Optional<Candidate> best(String stem, List<Candidate> candidates) {
        return candidates.stream()
                .filter(c -> acceptable(stem, c))
                .max(Comparator.comparingDouble(Candidate::similarity).thenComparingLong(Candidate::inText));
    }

    /**
     * Close enough to be the word meant. Below half the trigrams in common, or more than two letters apart, the
     * nearest word is another word: the lost first attempt corrected "hoeveel" to the stop word "hoe" and then
     * found nothing. One exception to the length: a typo can hide a suffix from the stemmer, so "remboursment"
     * stays whole while "remboursement" became "rembours"; a stem of {@link #MIN_STEM_IN_TYPO} letters or more
     * that begins the typed word is its word.
     */
    static boolean acceptable(String stem, Candidate candidate) {
        String lexeme = candidate.lexeme();
        return candidate.similarity() >= MIN_SIMILARITY
                && (Math.abs(lexeme.length() - stem.length()) <= MAX_LENGTH_DIFFERENCE
                        || (lexeme.length() >= MIN_STEM_IN_TYPO && stem.startsWith(lexeme)));
    }

    /**
     * Recounts how many current translations use each word, and forgets words no translation has used for a
     * day (a word added by a publication still being committed is younger than that). The counts only steer
     * the choice of plan, so a nightly run is enough; a new word is searchable as soon as it is published.
     */
    @Transactional
    public int refresh() {
        // A second run in one transaction (tests) would otherwise find the table of the first.
        jdbc.sql("drop table if exists faq_search_count").update();
        jdbc.sql("""
                        create temporary table faq_search_count on commit drop as
                        select v.language, w.lexeme collate "C" as lexeme,
                               count(*) filter (where w.weights && array['A', 'B']) as in_question,
                               count(*) as in_text
                        from faq_article_version v, unnest(v.search_vector) w
                        where v.is_current
                        group by v.language, w.lexeme
                        """).update();
        jdbc.sql("alter table faq_search_count add primary key (language, lexeme)")
                .update();
        int changed = jdbc.sql("""
                        insert into faq_search_word (language, lexeme, in_question, in_text)
                        select language, lexeme, in_question, in_text from faq_search_count
                        on conflict (language, lexeme) do update
                            set in_question = excluded.in_question, in_text = excluded.in_text
                            where (faq_search_word.in_question, faq_search_word.in_text)
                                  is distinct from (excluded.in_question, excluded.in_text)
                        """).update();
        changed += jdbc.sql("""
                        update faq_search_word w set in_question = 0, in_text = 0
                        where (w.in_question > 0 or w.in_text > 0)
                          and not exists (select 1 from faq_search_count c
                                          where c.language = w.language and c.lexeme = w.lexeme)
                        """).update();
        changed += jdbc.sql("""
                        delete from faq_search_word w
                        where w.added_at < now() - interval '1 day'
                          and not exists (select 1 from faq_search_count c
                                          where c.language = w.language and c.lexeme = w.lexeme)
                        """).update();
        jdbc.sql("delete from faq_search_language").update();
        jdbc.sql("""
                        insert into faq_search_language (language, translations)
                        select language, count(*) from faq_article_version where is_current group by language
                        """).update();
        return changed;
    }

    private static String[] codes() {
        return Arrays.stream(ContentLanguage.values())
                .map(ContentLanguage::code)
                .toArray(String[]::new);
    }
}

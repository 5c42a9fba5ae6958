-- Experiment: the lost attempt's vocabulary table, rebuilt by hand (one row per language and distinct word of
-- question + keywords, lower case without accents: the same text the trigram column holds).
\pset pager off
\timing on
create table bench_word as
    select language, w as word, count(*) as ndoc
    from faq_article_version, regexp_split_to_table(search_question, '[^a-z0-9]+') w
    where is_current and length(w) >= 3
    group by language, w;
select count(*) words, pg_size_pretty(pg_total_relation_size('bench_word')) from bench_word;
create index bench_word_trgm on bench_word using gist (word gist_trgm_ops);
create index bench_word_gin on bench_word using gin (word gin_trgm_ops);
create unique index bench_word_pk on bench_word (word, language);
analyze bench_word;
-- nearest words for typos (KNN on GiST)
select word, language, ndoc, similarity(word, 'homless') from bench_word order by word <-> 'homless' limit 3;
explain (analyze, costs off) select word, language from bench_word order by word <-> 'homless' limit 3;
select word, language, ndoc from bench_word where word % 'leeflon' order by word <-> 'leeflon' limit 3;
select word, language, ndoc from bench_word where word % 'revnu' order by word <-> 'revnu' limit 3;
select word, language, ndoc from bench_word where word % 'persoon' order by word <-> 'persoon' limit 3;
select word, language, ndoc from bench_word where word % 'hoeveel' order by word <-> 'hoeveel' limit 3;
select word, language, ndoc from bench_word where word % 'bedraagt' order by word <-> 'bedraagt' limit 3;
select word, language, ndoc from bench_word where word in ('dakloze','persoon','referentieadres','hoeveel','bedraagt','leefloon','alleenstaande');
explain (analyze, costs off) select word, language, ndoc from bench_word where word % 'schuldbemidelling' order by word <-> 'schuldbemidelling' limit 3;

-- Experiment: the shape proposed in SEARCH-FINDINGS.md, stage 1 (own language, question index, prefix on the
-- last word only, query parsed once in a MATERIALIZED CTE, pool 200), timed against the current statement.
\pset pager off
\timing on
create index if not exists bench_q_nl on faq_article_version using gin ((setweight(to_tsvector('frontdesk_dutch'::regconfig, question), 'A'))) where is_current and language = 'nl';
create index if not exists bench_q_fr on faq_article_version using gin ((setweight(to_tsvector('frontdesk_french'::regconfig, question), 'A'))) where is_current and language = 'fr';
analyze faq_article_version;
prepare stage1(text, regconfig, text, int, int) as
with q as materialized (select to_tsquery($2, $1) tq)
select h.*, ts_headline($2, h.answer_text, q.tq, 'MaxWords=30, MinWords=12, MaxFragments=2') snippet
from (select v.id, v.article_id, v.question, v.answer_text,
             ts_rank('{0.1, 0.2, 0.4, 1.0}', v.search_vector, q.tq) score
      from (select * from faq_article_version v
            where v.is_current and v.language = $3
              and setweight(to_tsvector($2, v.question), 'A') @@ (select tq from q)
            limit $4) v, q
      order by score desc, article_id limit $5) h, q;
-- regconfig as a parameter defeats the expression index; inline it per language instead (as the Java would).
deallocate stage1;
\set ECHO queries
explain (analyze, buffers, costs off)
with q as materialized (select to_tsquery('frontdesk_english', 'social & integration:*') tq)
select h.*, ts_headline('frontdesk_english', h.answer_text, q.tq, 'MaxWords=30, MinWords=12, MaxFragments=2') snippet
from (select v.id, v.article_id, v.question, v.answer_text,
             ts_rank('{0.1, 0.2, 0.4, 1.0}', v.search_vector, q.tq) score
      from (select * from faq_article_version v
            where v.is_current and v.language = 'en'
              and setweight(to_tsvector('frontdesk_english'::regconfig, v.question), 'A') @@ (select tq from q)
            limit 200) v, q
      order by score desc, article_id limit 20) h, q;
explain (analyze, buffers, costs off)
with q as materialized (select to_tsquery('frontdesk_dutch', 'leefloon:*') tq)
select h.*, ts_headline('frontdesk_dutch', h.answer_text, q.tq, 'MaxWords=30, MinWords=12, MaxFragments=2') snippet
from (select v.id, v.article_id, v.question, v.answer_text,
             ts_rank('{0.1, 0.2, 0.4, 1.0}', v.search_vector, q.tq) score
      from (select * from faq_article_version v
            where v.is_current and v.language = 'nl'
              and setweight(to_tsvector('frontdesk_dutch'::regconfig, v.question), 'A') @@ (select tq from q)
            limit 200) v, q
      order by score desc, article_id limit 20) h, q;
explain (analyze, buffers, costs off)
with q as materialized (select to_tsquery('frontdesk_french', 'integration & sociale') tq)
select h.*, ts_headline('frontdesk_french', h.answer_text, q.tq, 'MaxWords=30, MinWords=12, MaxFragments=2') snippet
from (select v.id, v.article_id, v.question, v.answer_text,
             ts_rank('{0.1, 0.2, 0.4, 1.0}', v.search_vector, q.tq) score
      from (select * from faq_article_version v
            where v.is_current and v.language = 'fr'
              and setweight(to_tsvector('frontdesk_french'::regconfig, v.question), 'A') @@ (select tq from q)
            limit 200) v, q
      order by score desc, article_id limit 20) h, q;

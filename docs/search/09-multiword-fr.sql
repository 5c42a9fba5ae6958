-- "fonds social chauffage" (fr), the slowest full-text shape left under custom plans (run 3), and its variants.
\pset pager off
set plan_cache_mode = force_custom_plan;
select count(*) filter (where search_vector @@ to_tsquery('frontdesk_french','social')) social,
       count(*) filter (where search_vector @@ to_tsquery('frontdesk_french','fonds')) fonds,
       count(*) filter (where search_vector @@ to_tsquery('frontdesk_french','chauffage')) chauffage
from faq_article_version where is_current and language = 'fr';
explain (analyze, buffers, costs off) execute ft('fonds:* & social:* & chauffage:*', 'fr', 20, 500);
explain (analyze, buffers, costs off) execute ft('fonds & social & chauffage:*', 'fr', 20, 500);
explain (analyze, buffers, costs off) execute ft('fonds & social & chauffage:*', 'fr', 20, 200);
create index if not exists bench_q_fr on faq_article_version using gin ((setweight(to_tsvector('frontdesk_french'::regconfig, question), 'A'))) where is_current and language = 'fr';
analyze faq_article_version;
explain (analyze, buffers, costs off)
with q as materialized (select to_tsquery('frontdesk_french', 'fonds & social & chauffage:*') tq)
select h.*, ts_headline('frontdesk_french', h.answer_text, q.tq, 'MaxWords=30, MinWords=12, MaxFragments=2') snippet
from (select v.id, v.article_id, v.question, v.answer_text,
             ts_rank('{0.1, 0.2, 0.4, 1.0}', v.search_vector, q.tq) score
      from (select * from faq_article_version v
            where v.is_current and v.language = 'fr'
              and setweight(to_tsvector('frontdesk_french'::regconfig, v.question), 'A') @@ (select tq from q)
            limit 200) v, q
      order by score desc, article_id limit 20) h, q;

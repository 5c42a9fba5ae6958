-- Stage 1 (question vector, bench_q_fr from 09) with enable_seqscan = off: a misspelt word and a common one.
\pset pager off
set enable_seqscan = off;
explain (analyze, costs off) select count(*) from (select 1 from faq_article_version v where v.is_current and v.language = 'fr'
  and setweight(to_tsvector('frontdesk_french'::regconfig, v.question), 'A') @@ to_tsquery('frontdesk_french', 'remboursment:*') limit 200) x;
explain (analyze, costs off) select count(*) from (select 1 from faq_article_version v where v.is_current and v.language = 'fr'
  and setweight(to_tsvector('frontdesk_french'::regconfig, v.question), 'A') @@ to_tsquery('frontdesk_french', 'demande:*') limit 200) x;
explain (analyze, costs off) select count(*) from (select 1 from faq_article_version v where v.is_current and v.language = 'fr'
  and search_vector @@ to_tsquery('frontdesk_french', 'remboursment:*') limit 200) x;

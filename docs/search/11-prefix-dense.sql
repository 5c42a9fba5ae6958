-- A single dense prefix on the question vector, repeated (warm), against the exact word.
\pset pager off
set enable_seqscan = off;
\timing on
select count(*) from faq_article_version v where v.is_current and v.language = 'fr' and setweight(to_tsvector('frontdesk_french'::regconfig, v.question), 'A') @@ to_tsquery('frontdesk_french', 'demande:*');
select count(*) from faq_article_version v where v.is_current and v.language = 'fr' and setweight(to_tsvector('frontdesk_french'::regconfig, v.question), 'A') @@ to_tsquery('frontdesk_french', 'demande:*');
select count(*) from faq_article_version v where v.is_current and v.language = 'fr' and setweight(to_tsvector('frontdesk_french'::regconfig, v.question), 'A') @@ to_tsquery('frontdesk_french', 'demande');
explain (analyze, costs off) select 1 from faq_article_version v where v.is_current and v.language = 'fr' and setweight(to_tsvector('frontdesk_french'::regconfig, v.question), 'A') @@ to_tsquery('frontdesk_french', 'demande:*') limit 200;
explain (analyze, costs off) select 1 from faq_article_version v where v.is_current and v.language = 'fr' and setweight(to_tsvector('frontdesk_french'::regconfig, v.question), 'A') @@ to_tsquery('frontdesk_french', 'demande') limit 200;
select word, ndoc from bench_word where word like 'demand%';

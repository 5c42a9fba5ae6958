-- Experiment: a GIN index over the question (weight A) only, English.
\pset pager off
\timing on
create index bench_q_en on faq_article_version using gin ((setweight(to_tsvector('frontdesk_english'::regconfig, question), 'A'))) where is_current and language = 'en';
analyze faq_article_version;
select pg_size_pretty(pg_relation_size('bench_q_en')) q_idx, pg_size_pretty(pg_relation_size('faq_version_search_en_idx')) full_idx;
explain (analyze, buffers, costs off) select count(*) from faq_article_version v where is_current and language='en' and setweight(to_tsvector('frontdesk_english'::regconfig, question), 'A') @@ to_tsquery('frontdesk_english','social & integration');
explain (analyze, buffers, costs off) select count(*) from faq_article_version v where is_current and language='en' and setweight(to_tsvector('frontdesk_english'::regconfig, question), 'A') @@ to_tsquery('frontdesk_english','social & integration:*');
explain (analyze, buffers, costs off) select count(*) from faq_article_version v where is_current and language='en' and setweight(to_tsvector('frontdesk_english'::regconfig, question), 'A') @@ to_tsquery('frontdesk_english','application');
explain (analyze, buffers, costs off) select count(*) from faq_article_version v where is_current and language='en' and search_vector @@ to_tsquery('frontdesk_english','application');

-- Cost of the GIN bitmap alone, per tsquery shape (custom plans, psql).
\pset pager off
select 'prefix both' shape, count(*) from faq_article_version v where is_current and language='en' and search_vector @@ to_tsquery('frontdesk_english','social:* & integration:*');
explain (analyze, buffers, costs off, timing on) select count(*) from faq_article_version v where is_current and language='en' and search_vector @@ to_tsquery('frontdesk_english','social:* & integration:*');
explain (analyze, buffers, costs off) select count(*) from faq_article_version v where is_current and language='en' and search_vector @@ to_tsquery('frontdesk_english','social & integration:*');
explain (analyze, buffers, costs off) select count(*) from faq_article_version v where is_current and language='en' and search_vector @@ to_tsquery('frontdesk_english','social & integration');
explain (analyze, buffers, costs off) select count(*) from faq_article_version v where is_current and language='en' and search_vector @@ to_tsquery('frontdesk_english','integration:*');
explain (analyze, buffers, costs off) select count(*) from faq_article_version v where is_current and language='en' and search_vector @@ to_tsquery('frontdesk_english','integration');
explain (analyze, buffers, costs off) select count(*) from faq_article_version v where is_current and language='nl' and search_vector @@ to_tsquery('frontdesk_dutch','leefloon:*');
explain (analyze, buffers, costs off) select count(*) from faq_article_version v where is_current and language='nl' and search_vector @@ to_tsquery('frontdesk_dutch','leefloon');

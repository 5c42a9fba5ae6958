-- The typo fallback as it runs today (similar()), for the two slowest typo shapes, custom plans.
\pset pager off
explain (analyze, buffers, costs off)
select v.article_id, word_similarity('homless', v.search_question) from faq_article_version v
where v.is_current and 'homless' <% v.search_question limit 500;
explain (analyze, buffers, costs off)
select v.article_id from faq_article_version v
where v.is_current and 'hoeveel bedraagt het leefloon voor een alleenstaande' <% v.search_question limit 500;
explain (analyze, buffers, costs off)
select count(*) from faq_article_version v
where v.is_current and v.language = 'nl' and v.search_vector @@ to_tsquery('frontdesk_dutch', 'leefloon & alleenstaande');

-- Custom against generic plans of the current statement (01-fulltext.sql), rare and common words.
\pset pager off
set plan_cache_mode = force_custom_plan;
explain (analyze, costs off) execute ft('kelmis:*', 'nl', 20, 500);
explain (analyze, costs off) execute ft('referentieadres:*', 'nl', 20, 500);
explain (analyze, costs off) execute ft('dakloze:* & referentieadres:*', 'nl', 20, 500);
explain (analyze, costs off) execute ft('burg:* & reuland:*', 'en', 20, 500);
set plan_cache_mode = force_generic_plan;
explain (analyze, costs off) execute ft('kelmis:*', 'nl', 20, 500);
explain (analyze, costs off) execute ft('social:* & integration:*', 'en', 20, 500);
explain (analyze, costs off) execute ft('application:*', 'en', 20, 500);

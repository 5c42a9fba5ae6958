-- The current fullText statement (01-fulltext.sql) timed for a few shapes; run after 01-fulltext.sql.
\pset pager off
\timing on
set plan_cache_mode = force_custom_plan;
explain (analyze, buffers, costs off) execute ft('social:* & integration:*', 'en', 20, 500);
explain (analyze, buffers, costs off) execute ft('hoeveel:* & bedraagt:* & het:* & leefloon:* & voor:* & een & alleenstaande:*', 'nl', 20, 500);
explain (analyze, buffers, costs off) execute ft('application:*', 'en', 20, 500);
explain (analyze, buffers, costs off) execute ft('social & integration:*', 'en', 20, 200);

-- The fullText statement of KnowledgeSearch as PostgreSQL runs it, with literals for one query.
-- psql -v tq="'applic:*'" ... ; here written out per shape.
\timing on
prepare ft(text, text, int, int) as
with q (language, tq) as (
    select l, to_tsquery(frontdesk_text_config(l), $1)
    from unnest(array['nl', 'fr', 'de', 'en']) l)
select h.*, ts_headline(frontdesk_text_config(h.language), h.answer_text, h.tq,
           'StartSel=<, StopSel=>, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "') as snippet,
       false as approximate
from (select * from (
        select distinct on (v.article_id) v.id, v.article_id, v.number, v.language, v.question,
               v.answer_text, v.domain_code, v.audience, q.tq,
               ts_rank('{0.1, 0.2, 0.4, 1.0}', v.search_vector, q.tq)
                   * (case when v.language = $2 then 1.0 else 0.5 end) as score
        from (select v.id, v.article_id, v.number, v.language, v.question, v.answer_text,
                     v.domain_code, v.audience, v.search_vector
              from faq_article_version v
              where v.is_current and ((v.language = 'nl' and v.search_vector @@ to_tsquery(frontdesk_text_config('nl'), $1)) or (v.language = 'fr' and v.search_vector @@ to_tsquery(frontdesk_text_config('fr'), $1)) or (v.language = 'de' and v.search_vector @@ to_tsquery(frontdesk_text_config('de'), $1)) or (v.language = 'en' and v.search_vector @@ to_tsquery(frontdesk_text_config('en'), $1)))
              limit $4) v
        join q on q.language = v.language
        order by v.article_id, (v.language = $2) desc, score desc) best
      order by score desc, article_id limit $3) h
order by h.score desc, h.article_id;

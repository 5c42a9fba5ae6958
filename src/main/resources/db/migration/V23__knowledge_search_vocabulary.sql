-- FAQ search within its budget at 100 000 articles (issue #4; the measurements are in docs/search/FINDINGS.md).
--
-- 1. The question and keywords get a vector of their own, with a small GIN index per language. Most searches are
--    answered from it alone: a common word sits in a few thousand questions rather than in the answers of half
--    the base, and a GIN bitmap costs what it matches.
-- 2. A vocabulary: every word (as its stem) the current translations use, per language, with the number of
--    translations that use it. Search looks up the typed words here before it runs: a word the base never uses
--    is corrected to its nearest neighbour in the same language or left out, instead of being sent to the
--    full-text index (where a misspelt word was estimated as common and read the whole table) or to a
--    trigram scan of every question (50 to 200 ms). The counts tell which plan a search can afford.
-- 3. No pending lists on the search indexes: a search right after a publication would otherwise scan the
--    unmerged entries on every query until the next vacuum.

alter table faq_article_version
    add column question_vector tsvector generated always as (
        setweight(to_tsvector(frontdesk_text_config(language), question), 'A')
        || setweight(to_tsvector(frontdesk_text_config(language), keywords), 'B')
    ) stored;

create index faq_version_question_nl_idx on faq_article_version using gin (question_vector)
    with (fastupdate = off) where is_current and language = 'nl';
create index faq_version_question_fr_idx on faq_article_version using gin (question_vector)
    with (fastupdate = off) where is_current and language = 'fr';
create index faq_version_question_de_idx on faq_article_version using gin (question_vector)
    with (fastupdate = off) where is_current and language = 'de';
create index faq_version_question_en_idx on faq_article_version using gin (question_vector)
    with (fastupdate = off) where is_current and language = 'en';

alter index faq_version_search_nl_idx set (fastupdate = off);
alter index faq_version_search_fr_idx set (fastupdate = off);
alter index faq_version_search_de_idx set (fastupdate = off);
alter index faq_version_search_en_idx set (fastupdate = off);

-- The trigram scan of every question is gone (the vocabulary corrects typos), and with it its index and column.
drop index faq_version_trgm_idx;
alter table faq_article_version drop column search_question;

-- The stems of the current translations. C collation: a prefix ("stookolie" while typing "stookoliefonds") is a
-- range of the primary key. The counts are refreshed in the background (KnowledgeVocabulary); a word a new
-- publication brings is added at once by the triggers below, with zero counts until then.
create table faq_search_word (
    language    varchar(2)  not null,
    lexeme      text        collate "C" not null,
    in_question integer     not null default 0,
    in_text     integer     not null default 0,
    added_at    timestamptz not null default now(),
    primary key (language, lexeme)
);
-- Nearest words for a typo: k-nearest-neighbour search by trigram distance.
create index faq_search_word_trgm_idx on faq_search_word using gist (lexeme gist_trgm_ops);

-- Current translations per language, the denominator of the counts above.
create table faq_search_language (
    language     varchar(2) primary key,
    translations integer    not null
);

-- New words become searchable with their publication. Insert-only and conflict-free: concurrent publications
-- never wait on each other's counters. Transition tables need one trigger per event.
create function faq_search_word_add() returns trigger
    language plpgsql
    as $$
    begin
        insert into faq_search_word (language, lexeme)
        select distinct n.language, w.lexeme
        from new_rows n, unnest(n.search_vector) w
        where n.is_current
        on conflict do nothing;
        return null;
    end $$;

create trigger faq_search_word_on_insert
    after insert on faq_article_version
    referencing new table as new_rows
    for each statement execute function faq_search_word_add();

create trigger faq_search_word_on_update
    after update on faq_article_version
    referencing new table as new_rows
    for each statement execute function faq_search_word_add();

insert into faq_search_word (language, lexeme, in_question, in_text)
select v.language, w.lexeme, count(*) filter (where w.weights && array['A', 'B']), count(*)
from faq_article_version v, unnest(v.search_vector) w
where v.is_current
group by v.language, w.lexeme;

insert into faq_search_language (language, translations)
select language, count(*) from faq_article_version where is_current group by language;

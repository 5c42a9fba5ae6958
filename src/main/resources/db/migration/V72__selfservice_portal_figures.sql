-- The portal's figures (docs/portal.md, "Figures"): searches, searches that found nothing and their words, and a
-- roll-up per day that the statistics page reads instead of the raw rows.

-- Searches per day (Brussels) and page language, counted once the visitor stopped refining them (PortalSearches):
-- one upsert per counted search, never a row per search.
create table portal_search_day (
    day      date       not null,
    language varchar(2) not null,
    searches integer    not null default 0,
    no_hits  integer    not null default 0,
    primary key (day, language)
);

-- The words of the searches that found nothing, normalised (trimmed, lower case, single spaces, at most 100
-- characters), counted per day, language and words: what the FAQ's editors should write next. The key leads with
-- the day, so "the last 30 days" is a range scan of it.
create table portal_search_miss (
    day      date         not null,
    language varchar(2)   not null,
    words    varchar(100) not null,
    searches integer      not null default 0,
    primary key (day, language, words)
);

-- The whole portal per finished day, computed by PortalFigures from the tables above, portal_article_view and
-- portal_helpful_vote: the statistics of a month read at most 31 of these rows (and the raw rows of the days not
-- rolled up yet). deflected = the sum over the day's articles of max(views - questions - callbacks, 0).
create table portal_figures_day (
    day         date        primary key,
    views       bigint      not null,
    questions   bigint      not null,
    callbacks   bigint      not null,
    deflected   bigint      not null,
    helpful_yes bigint      not null,
    helpful_no  bigint      not null,
    searches    bigint      not null,
    no_hits     bigint      not null,
    computed_at timestamptz not null
);

-- The roll-up counts a day's votes.
create index portal_helpful_vote_day on portal_helpful_vote (day);

-- The "not helpful" comments, newest first: across articles and per article (the experts' pages, keyset-paged).
create index portal_helpful_vote_comments on portal_helpful_vote (created_at desc, id desc)
    where not helpful and comment is not null;
create index portal_helpful_vote_article_comments on portal_helpful_vote (article_id, created_at desc, id desc)
    where not helpful and comment is not null;

-- The public FAQ portal (docs/portal.md): how often each article is read per day, and the "Was this helpful?" votes.

-- One row per article per day, counted with one upsert per page view; the home page's "most read" sums the last
-- days of it. No language and no visitor: the figure is all the statistics need.
create table portal_article_view (
    article_id bigint  not null,
    day        date    not null,
    views      integer not null default 0,
    primary key (article_id, day)
);

create index portal_article_view_day on portal_article_view (day, article_id);

-- A vote per visitor, article and day. The visitor is not identified: visitor_hash is an HMAC-SHA-256 of the IP
-- address, the user agent, the day and the article under a server secret, so it tells only "the same visitor voted
-- on this article today" and cannot be reversed or linked across articles or days.
create table portal_helpful_vote (
    id           bigint generated always as identity primary key,
    article_id   bigint       not null,
    day          date         not null,
    visitor_hash varchar(64)  not null,
    language     varchar(2)   not null,
    helpful      boolean      not null,
    comment      varchar(1000),
    created_at   timestamptz  not null,
    constraint portal_helpful_vote_once unique (article_id, day, visitor_hash)
);

create index portal_helpful_vote_article_day on portal_helpful_vote (article_id, day);

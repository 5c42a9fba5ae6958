-- Answer quality reviews (issue #18 item 3, docs/reviews.md): the answers a sample can be drawn from, the monthly
-- samples of each reviewer, and the reviews with their scores on the rubric and the agent's reply.

-- The quality module's own read model of answers, fed by the ticket module's TicketAnswered event after its commit
-- (never read from the ticket tables). One row per answer; the queue is the ticket's escalation queue when the
-- answer was recorded, null when the frontdesk answered without escalating.
create table quality_review_answer (
    answer_id   uuid         primary key,
    ticket_id   bigint       not null,
    reference   varchar(32)  not null,
    answered_by varchar(64)  not null,
    answered_at timestamptz  not null,
    queue_id    bigint
);

-- The draw reads one month of answers; the exclusion reads the tickets one reviewer answered.
create index quality_review_answer_month_idx on quality_review_answer (answered_at);
create index quality_review_answer_agent_idx on quality_review_answer (answered_by, ticket_id);

-- One sample per month and reviewer, with the seed and sizes it was drawn with, so it can be explained and redrawn.
create table quality_review_sample (
    id        bigint generated always as identity primary key,
    month     date        not null check (extract(day from month) = 1),
    reviewer  varchar(64) not null,
    seed      bigint      not null,
    per_agent integer     not null,
    per_queue integer     not null,
    drawn_at  timestamptz not null,
    unique (month, reviewer)
);

create table quality_review (
    id             bigint generated always as identity primary key,
    -- Optimistic locking: the reviewer scoring while the agent replies, the second is told.
    version        integer      not null default 0,
    sample_id      bigint       not null references quality_review_sample (id),
    ticket_id      bigint       not null,
    reference      varchar(32)  not null,
    answer_id      uuid         not null,
    agent          varchar(64)  not null,
    queue_id       bigint,
    answered_at    timestamptz  not null,
    -- Added by the reviewer by hand rather than drawn.
    by_hand        boolean      not null default false,
    reviewer       varchar(64)  not null,
    comment        varchar(2000),
    reviewed_at    timestamptz,
    reply          varchar(2000),
    replied_at     timestamptz,
    check (reviewer <> agent),
    unique (sample_id, ticket_id)
);

-- The reviewer's month page and the manager's figures (a sample's reviews; samples by month), the agent's own
-- reviews (newest first, keyset).
create index quality_review_sample_idx on quality_review (sample_id, id);
create index quality_review_agent_idx on quality_review (agent, reviewed_at desc, id desc) where reviewed_at is not null;

-- One line per rubric item of a scored review; FAQ_CONSISTENT may be absent (no FAQ version was cited).
create table quality_review_score (
    review_id bigint       not null references quality_review (id) on delete cascade,
    item      varchar(16)  not null check (item in ('CORRECT', 'COMPLETE', 'CLEAR', 'FRIENDLY', 'FAQ_CONSISTENT', 'ON_TIME')),
    score     integer      not null check (score between 1 and 4),
    comment   varchar(500),
    primary key (review_id, item)
);

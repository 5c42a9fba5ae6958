-- Customer satisfaction with answers (docs/satisfaction.md). One survey per answer sent by mail: the rating link's
-- token (only its SHA-256: a copy of the table opens no link), what the figures are cut by — the ticket's channel,
-- the queue that answered (null: the frontdesk itself), the agent — and, once given, the score and comment.
create table satisfaction_survey (
    id            bigint generated always as identity primary key,
    token_hash    varchar(64)   not null unique,
    -- The answer's timeline entry: one survey per answer, however often its event is delivered.
    answer_id     uuid          not null unique,
    -- ticket.id and ticket.reference (no foreign key across modules).
    ticket_id     bigint        not null,
    reference     varchar(32)   not null,
    language      varchar(2)    not null,
    channel       varchar(10)   not null,
    queue_id      bigint,
    agent         varchar(64)   not null,
    answered_at   timestamptz   not null,
    expires_at    timestamptz   not null,
    score         smallint      check (score between 1 and 5),
    comment       varchar(1000),
    rated_at      timestamptz,
    constraint satisfaction_survey_rated check ((score is null) = (rated_at is null))
);
-- The monthly figures read the rated surveys of a period.
create index satisfaction_survey_rated_at on satisfaction_survey (rated_at) where rated_at is not null;

-- A low rating is a task for the lead of the queue that answered (managers when there is none): call back, put
-- things right, note what was done.
create table satisfaction_follow_up (
    id          bigint generated always as identity primary key,
    survey_id   bigint        not null unique references satisfaction_survey (id),
    -- The queue's lead at the time of the rating; null: for the managers.
    assignee    varchar(64),
    created_at  timestamptz   not null,
    done_at     timestamptz,
    done_by     varchar(64),
    note        varchar(2000),
    constraint satisfaction_follow_up_done check ((done_at is null) = (done_by is null))
);
-- The open tasks, oldest first, all or a lead's.
create index satisfaction_follow_up_open on satisfaction_follow_up (created_at, id) where done_at is null;
create index satisfaction_follow_up_open_assignee on satisfaction_follow_up (assignee, created_at, id)
    where done_at is null;

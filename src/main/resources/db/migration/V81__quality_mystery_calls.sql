-- Mystery calls (issue #18 item 4, docs/reviews.md "Mystery calls"): a reviewer phones the contact centre as a
-- customer would and records the call, so that the seed's mystery-caller study can be repeated and followed month
-- by month.
create table quality_mystery_call (
    id                bigint generated always as identity primary key,
    version           integer       not null default 0,
    called_at         timestamptz   not null,
    -- The number or line called, as dialled ("02 508 85 85").
    line              varchar(40)   not null,
    language          varchar(2)    not null,
    -- Seconds from the first ring to a person (or to hanging up, when nobody answered).
    seconds_to_answer integer       not null check (seconds_to_answer between 0 and 3600),
    answered          boolean       not null,
    -- Who answered, as the caller heard it (a name, "did not give a name"); empty when nobody answered.
    answered_by       varchar(120),
    scenario          varchar(1000) not null,
    comment           varchar(2000),
    recorded_by       varchar(64)   not null,
    recorded_at       timestamptz   not null,
    check (answered or answered_by is null)
);

-- The list, newest call first (keyset), and the monthly figures (calls of a range of months).
create index quality_mystery_call_called_idx on quality_mystery_call (called_at desc, id desc);

-- The checklist of an answered call: the rubric of the reviews, 1 to 4 with a comment.
create table quality_mystery_call_score (
    call_id bigint      not null references quality_mystery_call (id) on delete cascade,
    item    varchar(16) not null check (item in ('CORRECT', 'COMPLETE', 'CLEAR', 'FRIENDLY', 'FAQ_CONSISTENT', 'ON_TIME')),
    score   integer     not null check (score between 1 and 4),
    comment varchar(500),
    primary key (call_id, item)
);

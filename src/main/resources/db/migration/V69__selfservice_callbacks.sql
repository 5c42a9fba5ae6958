-- "Call me back" (issue #17 item 5, docs/portal.md "Call me back"): a visitor of the portal asks to be called in a
-- slot of the business calendar; the frontdesk calls, logs each attempt, and either opens a PHONE ticket (reached)
-- or gives up after the configured number of attempts (not reached).
create table callback_request (
    id               bigint generated always as identity primary key,
    -- Optimistic locking: two agents taking or logging the same call-back at once, the second is told.
    version          integer      not null default 0,
    -- E.164 ("+3225088585"): what the agents' tel: link dials and the per-number rate limit counts.
    phone            varchar(16)  not null,
    name             varchar(120) not null,
    organisation     varchar(200) not null,
    email            varchar(254),
    language         varchar(2)   not null,
    question         varchar(500) not null,
    slot_start       timestamptz  not null,
    slot_end         timestamptz  not null,
    -- The public article the form was opened from, if any (counted in portal_article_view.callbacks).
    article_id       bigint,
    status           varchar(12)  not null check (status in ('DUE', 'REACHED', 'NOT_REACHED')),
    -- When the call-back may be made: the slot's start, after a failed attempt not before the retry delay.
    due_at           timestamptz  not null,
    attempts         integer      not null default 0,
    -- The agent calling now (a claim that lapses), so that two agents never call the same person at once.
    claimed_by       varchar(64),
    claimed_at       timestamptz,
    -- The PHONE ticket opened when the caller was reached.
    ticket_reference varchar(32),
    requested_at     timestamptz  not null,
    closed_at        timestamptz,
    closed_by        varchar(64)
);

-- The agents' list: due call-backs by the time they may be made, a keyset page at a time.
create index callback_request_due_idx on callback_request (due_at, id) where status = 'DUE';

-- Every call made, by whom and when, and how it went.
create table callback_attempt (
    id          bigint generated always as identity primary key,
    callback_id bigint      not null references callback_request (id),
    at          timestamptz not null,
    agent       varchar(64) not null,
    outcome     varchar(12) not null check (outcome in ('REACHED', 'NOT_REACHED'))
);

create index callback_attempt_callback_idx on callback_attempt (callback_id, at);

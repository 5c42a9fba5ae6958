-- The transactional outbox of outgoing mail (issue #16, docs/mail.md "Outbox"): a mail is rendered and written here
-- in the transaction that causes it (the acknowledgement in intake's, an answer or a request in its listener's, an
-- SLA notice in the sweep's hand-off) and a sender job delivers it, with retries and back-off. A row that cannot be
-- delivered stays here FAILED, visible to administrators, who can retry it.
create table mail_outbox (
    id               bigint generated always as identity primary key,
    kind             varchar(16)   not null check (kind in ('ACKNOWLEDGEMENT', 'ANSWER', 'REQUEST', 'SLA_NOTICE')),
    -- Null for the SLA notices to staff, which name a ticket by reference only.
    ticket_id        bigint,
    ticket_reference varchar(32),
    -- Null when nobody's address was known: the row is FAILED from the start, so the missing mail shows.
    recipient        varchar(320),
    language         varchar(2)    not null,
    subject          varchar(998)  not null,
    text_body        text          not null,
    html_body        text          not null,
    -- Ours, generated when the row is written, without the angle brackets; In-Reply-To and References likewise
    -- (References space-separated, oldest first).
    message_id       varchar(998)  not null unique,
    in_reply_to      varchar(998),
    refs             text,
    -- What makes writing idempotent under at-least-once events: 'answer:<answer id>', 'ack:<ticket id>', …
    dedup_key        varchar(200)  not null unique,
    status           varchar(8)    not null check (status in ('PENDING', 'SENT', 'FAILED')),
    attempts         integer       not null default 0,
    -- While a sender holds a row it claimed, this is pushed past the claim's lease, so no other sender takes it.
    next_attempt_at  timestamptz   not null,
    last_error       varchar(1000),
    created_at       timestamptz   not null,
    sent_at          timestamptz
);

-- The sender's query: what is due, oldest first.
create index mail_outbox_due_idx on mail_outbox (next_attempt_at, id) where status = 'PENDING';
-- The administrators' list by status, newest first.
create index mail_outbox_status_idx on mail_outbox (status, id desc);

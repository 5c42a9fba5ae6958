-- Intake of mail (issue #16, docs/mail.md "Intake"): the state of each polled mailbox and the quarantine.

-- One row per configured mailbox, by its name. Messages are fetched by UID above last_uid, never by the unseen
-- flag (another client reading the mailbox must not hide mail). A UIDVALIDITY other than the stored one means the
-- server renumbered the folder: last_uid starts again from 0, and the Message-IDs in mail_message keep what was
-- already taken from being taken twice.
create table mailbox_state (
    name              varchar(64)  primary key,
    uid_validity      bigint,
    last_uid          bigint       not null default 0,
    last_poll_at      timestamptz,
    last_success_at   timestamptz,
    last_error        varchar(1000),
    last_error_at     timestamptz
);

-- A received message that could not become a ticket (unreadable MIME, too large, a rule it breaks), kept with
-- its raw bytes so that an admin can read, download, retry or discard it; one bad mail never stops the mailbox.
create table mail_quarantine (
    id           bigint generated always as identity primary key,
    mailbox      varchar(64)   not null,
    uid          bigint        not null,
    -- The key of the message in mail_message (Message-ID without <>, or 'sha256:<hex>'), where it is recorded
    -- with no ticket: that row is what keeps a message offered again from being held twice.
    message_key  varchar(998)  not null,
    received_at  timestamptz   not null,
    sender       varchar(320),
    subject      varchar(998),
    reason       varchar(1000) not null,
    raw          bytea         not null,
    status       varchar(16)   not null default 'HELD' check (status in ('HELD', 'RETRIED', 'DISCARDED')),
    unique (message_key)
);

create index mail_quarantine_held_idx on mail_quarantine (received_at desc) where status = 'HELD';

-- The acknowledgements intake decided to send: at most one per ticket, and the count per sender in a window that
-- the rate limit reads (docs/mail.md, "Intake"). The mail itself is the outbox's.
create table mail_acknowledgement (
    ticket_id  bigint        primary key,
    recipient  varchar(320)  not null,
    at         timestamptz   not null
);

create index mail_acknowledgement_recipient_idx on mail_acknowledgement (recipient, at desc);

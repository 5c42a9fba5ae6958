-- Every mail the contact centre received or sent, by its Message-ID (issue #16, docs/mail.md): what makes intake
-- idempotent (a message already here is never taken twice, even when the mailbox offers it again after a crash
-- between the commit and the flag) and what threads a reply into its ticket (In-Reply-To/References against the
-- Message-IDs stored here, ours and theirs).
create table mail_message (
    id          bigint generated always as identity primary key,
    direction   varchar(3)    not null check (direction in ('IN', 'OUT')),
    -- Without the angle brackets. A received message without one is keyed 'sha256:<hex>' of its raw bytes.
    message_id  varchar(998)  not null,
    -- Received: the mailbox and the UID it had there (UIDVALIDITY is the mailbox's, in its own state).
    mailbox     varchar(64),
    uid         bigint,
    -- Null while a received message waits in the quarantine.
    ticket_id   bigint,
    sender      varchar(320)  not null,
    recipient   varchar(320),
    subject     varchar(998)  not null,
    at          timestamptz   not null,
    unique (direction, message_id)
);

-- Threading looks a Message-ID up whatever its direction; a ticket's mails newest first (its correspondent).
create index mail_message_id_idx on mail_message (message_id);
create index mail_message_ticket_idx on mail_message (ticket_id, at desc) where ticket_id is not null;

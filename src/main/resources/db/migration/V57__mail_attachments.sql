-- What a received mail brought beside its text (issue #16, docs/mail.md "Attachments"): its attachments (kept or
-- refused, with the reason) and its HTML, sanitised, for "view the original formatting". One mail_entry per
-- timeline entry a mail made (the new ticket's question, or a reply), by the entry's own id: the ticket module
-- asks for them through its port ticket.EntryAttachments, one query per ticket page.
create table mail_entry (
    id           bigint generated always as identity primary key,
    -- ticket_entry.uid of the entry the mail made (no foreign key across modules, as mail_message.ticket_id).
    entry_uid    uuid          not null unique,
    ticket_id    bigint        not null,
    -- The mail's key in mail_message (Message-ID without <>, or 'sha256:<hex>').
    message_key  varchar(998)  not null,
    -- Sanitised on intake (mail.MailHtml): no script, no event handler, images only from the mail's own parts
    -- (cid:). Null when the mail had no HTML part.
    html         text,
    created_at   timestamptz   not null
);

create index mail_entry_ticket_idx on mail_entry (ticket_id);

-- One attachment of a received mail, inline images (cid:) and the contents of a winmail.dat included. Kept in the
-- database (content) or in the configured folder (path, relative to it); or not kept (not_kept says why), so that
-- a refused file is listed for the agent rather than silently dropped.
create table mail_attachment (
    id            bigint generated always as identity primary key,
    mail_entry_id bigint        not null references mail_entry (id) on delete cascade,
    ticket_id     bigint        not null,
    position      int           not null,
    file_name     varchar(255)  not null,
    -- As the mail declared it (lower case, without parameters); the download sends it only when it is allowed.
    content_type  varchar(255)  not null,
    -- Without <>, for the cid: references of the HTML.
    content_id    varchar(998),
    size          bigint        not null check (size >= 0),
    content       bytea,
    path          varchar(500),
    not_kept      varchar(16)   check (not_kept in ('TYPE', 'SIZE', 'TOTAL_SIZE', 'UNREADABLE')),
    check (num_nonnulls(content, path, not_kept) = 1)
);

create index mail_attachment_entry_idx on mail_attachment (mail_entry_id, position);

-- Questions asked on the public portal (docs/portal.md, "Asking a question", "Status link"). The question itself is
-- a WEB ticket of the ticket module; this row keeps what only the portal knows: who asked (the answer is mailed to
-- this address: the asker is not made a contact), an organisation that was not in the list, the article the
-- visitor came from, and the private status link. The link's token is never stored: only its SHA-256, so the table
-- read by someone else opens no status page.
create table portal_question (
    id                    bigint generated always as identity primary key,
    -- ticket.id (no foreign key across modules, as mail_message.ticket_id).
    ticket_id             bigint        not null unique,
    ticket_reference      varchar(32)   not null,
    asker_name            varchar(200)  not null,
    asker_email           varchar(320)  not null,
    organisation_name     varchar(200),
    organisation_postcode varchar(4),
    article_id            bigint,
    token_hash            varchar(64)   not null unique,
    expires_at            timestamptz   not null,
    created_at            timestamptz   not null
);

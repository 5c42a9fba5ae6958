-- OAuth2 of the mailboxes (issue #16, docs/mail.md "OAuth2"): whether the access token of a mailbox could be
-- refreshed, for the admin's alert. token_error is set while the token endpoint fails (the mailbox may still be
-- polled with its previous token until token_expires_at) and cleared by the next good refresh; last_error keeps the
-- history as before.
alter table mailbox_state
    add column token_error      varchar(1000),
    add column token_error_at   timestamptz,
    add column token_expires_at timestamptz;

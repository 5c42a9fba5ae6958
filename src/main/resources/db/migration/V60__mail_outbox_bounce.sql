-- A mail the outbox delivered to the SMTP server that came back as undeliverable (a delivery status notification
-- with a permanent failure, docs/mail.md "Bounces"): the row turns FAILED with the report's status and diagnostic as
-- its last error, and bounced_at says that it went out but did not arrive, which the ticket shows as "not
-- delivered". A retry by an administrator clears it.
alter table mail_outbox add column bounced_at timestamptz;

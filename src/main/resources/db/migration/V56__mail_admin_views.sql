-- The administrators' mail pages (issue #16, docs/mail.md "Admin views").

-- A held mail is taken by an admin's decision: TICKETED when turned into a ticket by hand (whatever rule refused
-- it), DISCARDED when put aside; neither row is deleted. Who decided and when stay with the row (the ticket it
-- became is the one of its mail_message row).
alter table mail_quarantine drop constraint mail_quarantine_status_check;
alter table mail_quarantine
    add constraint mail_quarantine_status_check check (status in ('HELD', 'RETRIED', 'TICKETED', 'DISCARDED'));
alter table mail_quarantine
    add column decided_by varchar(64),
    add column decided_at timestamptz;

-- The quarantine list pages newest first by (received_at, id): the held index of V51 is on received_at alone.
drop index mail_quarantine_held_idx;
create index mail_quarantine_held_idx on mail_quarantine (received_at desc, id desc) where status = 'HELD';

-- "Messages taken today" per mailbox: the received rows of one mailbox since midnight in Brussels, a range scan.
create index mail_message_mailbox_in_idx on mail_message (mailbox, at) where direction = 'IN';

-- Retention of mail (docs/privacy.md): the nightly run removes decided quarantine entries and sent outbox mails
-- older than their period, and anonymises the mail of anonymised tickets, by ticket id.
create index mail_quarantine_decided_idx on mail_quarantine (coalesce(decided_at, received_at), id)
    where status <> 'HELD';
create index mail_outbox_sent_idx on mail_outbox (sent_at, id) where status = 'SENT';
create index mail_outbox_ticket_idx on mail_outbox (ticket_id) where ticket_id is not null;
create index mail_attachment_ticket_idx on mail_attachment (ticket_id);

-- Retention and erasure of the personal data in tickets (docs/privacy.md). A ticket whose texts were anonymised
-- keeps every column the statistics count (ticket_fact); anonymised_at says when, so a second run skips it.
alter table ticket add column anonymised_at timestamptz;

-- The nightly run's question: finished tickets (answered or closed, as ticket_fact's is_open says), the longest
-- finished first, not yet anonymised.
create index ticket_retention_idx on ticket (greatest(answered_at, closed_at), id)
    where status in ('ANSWERED', 'CLOSED') and anonymised_at is null;

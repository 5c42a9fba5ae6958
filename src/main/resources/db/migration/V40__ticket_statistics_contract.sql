-- What the ticket module publishes for counting (docs/statistics.md): the view ticket_fact and the triggers that
-- record which months of it a statement changed. The statistics module reads tickets only through this view; the
-- definitions of "open" and "resolved" live here, next to the status check of the ticket table, and
-- StatisticsContractIT fails when they disagree with TicketStatus.

-- When a ticket stopped being open: answered (or closed without an answer) and still so. Created by V22 for the
-- roll-up; renamed, not recreated, so the index ticket_resolved_idx built on it stays as it is.
alter function statistics_resolved_at(varchar, timestamptz, timestamptz) rename to ticket_resolved_at;

-- One row per ticket. A plain view over one table: PostgreSQL inlines it, so a query on it uses the ticket
-- indexes (ticket_received_idx, ticket_resolved_idx, ticket_open_received_idx) as a query on the table would.
-- is_open repeats the predicates of those partial indexes word for word, so the planner can match them.
create view ticket_fact as
select id,
       reference,
       channel,
       type,
       domain_code,
       language,
       organisation_id,
       status,
       escalated,
       received_at,
       status not in ('ANSWERED', 'CLOSED') as is_open,
       ticket_resolved_at(status, answered_at, closed_at) as resolved_at
from ticket;

comment on view ticket_fact is
    'Published contract of the ticket module for counting (docs/statistics.md): one row per ticket; is_open and '
    'resolved_at follow TicketStatus. Readers outside the ticket module use this view, never the ticket table.';

-- Every statement that inserts, updates or deletes tickets appends the months of ticket_fact it touched (received
-- and resolved) to the statistics' change log; the roll-up recounts those months (StatisticsRollup). These replace
-- the triggers the statistics migration V22 had put on this table.
drop trigger ticket_statistics_insert on ticket;
drop trigger ticket_statistics_update on ticket;
drop trigger ticket_statistics_delete on ticket;
drop function statistics_ticket_changed();

create function ticket_fact_changed() returns trigger
    language plpgsql as $$
begin
    if tg_op in ('INSERT', 'UPDATE') then
        insert into statistics_change (month)
        select distinct m from new_rows,
            lateral (values (statistics_month(received_at)),
                            (statistics_month(ticket_resolved_at(status, answered_at, closed_at)))) v (m)
        where m is not null;
    end if;
    if tg_op in ('UPDATE', 'DELETE') then
        insert into statistics_change (month)
        select distinct m from old_rows,
            lateral (values (statistics_month(received_at)),
                            (statistics_month(ticket_resolved_at(status, answered_at, closed_at)))) v (m)
        where m is not null;
    end if;
    return null;
end $$;

create trigger ticket_fact_insert after insert on ticket
    referencing new table as new_rows for each statement execute function ticket_fact_changed();
create trigger ticket_fact_update after update on ticket
    referencing old table as old_rows new table as new_rows for each statement execute function ticket_fact_changed();
create trigger ticket_fact_delete after delete on ticket
    referencing old table as old_rows for each statement execute function ticket_fact_changed();

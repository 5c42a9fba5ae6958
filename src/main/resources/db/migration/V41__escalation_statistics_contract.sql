-- What the escalation module publishes for counting (docs/statistics.md): the view escalation_fact and the triggers
-- that record which months of it a statement changed. The statistics module reads escalations only through this
-- view.

-- One row per escalation, keyed by its ticket. received_at is the ticket's, so an escalation counts in the month
-- its ticket was received; met and working_minutes stay null while it is open. A plain view over one table,
-- inlined by PostgreSQL: a join on ticket_id uses the unique index of escalation.ticket_id.
create view escalation_fact as
select ticket_id,
       queue_id,
       received_at,
       met,
       working_minutes
from escalation;

comment on view escalation_fact is
    'Published contract of the escalation module for counting (docs/statistics.md): one row per escalation. '
    'Readers outside the escalation module use this view, never the escalation table.';

-- These replace the triggers the statistics migration V22 had put on this table.
drop trigger escalation_statistics_insert on escalation;
drop trigger escalation_statistics_update on escalation;
drop trigger escalation_statistics_delete on escalation;
drop function statistics_escalation_changed();

create function escalation_fact_changed() returns trigger
    language plpgsql as $$
begin
    if tg_op in ('INSERT', 'UPDATE') then
        insert into statistics_change (month) select distinct statistics_month(received_at) from new_rows;
    end if;
    if tg_op in ('UPDATE', 'DELETE') then
        insert into statistics_change (month) select distinct statistics_month(received_at) from old_rows;
    end if;
    return null;
end $$;

create trigger escalation_fact_insert after insert on escalation
    referencing new table as new_rows for each statement execute function escalation_fact_changed();
create trigger escalation_fact_update after update on escalation
    referencing old table as old_rows new table as new_rows for each statement execute function escalation_fact_changed();
create trigger escalation_fact_delete after delete on escalation
    referencing old table as old_rows for each statement execute function escalation_fact_changed();

-- Monthly statistics (issue #6, docs/statistics.md) read from a roll-up, never from the raw tickets
-- on the request path: 10 million tickets must answer a 12-month overview in milliseconds.
--
-- How the roll-up stays current: statement-level triggers on ticket and escalation append the months a statement
-- touched to statistics_change (no row is ever updated there, so concurrent ticket transactions never wait on each
-- other); the refresh job takes the changes it can see (DELETE ... RETURNING), recounts those months from the raw
-- rows with the same GROUP BY and commits both at once. A change committed later leaves its own row behind for the
-- next run, so no change is lost however the transactions interleave. An import of a million rows is one or a few
-- statements: a handful of change rows.

-- The month a moment belongs to: the calendar month in Brussels (a ticket at 23:30 on 31 March counts in March).
create function statistics_month(at timestamptz) returns date
    language sql immutable parallel safe strict
    as $$ select date_trunc('month', at at time zone 'Europe/Brussels')::date $$;

-- When a ticket stopped being open, for the backlog: answered (or closed without an answer) and still so.
create function statistics_resolved_at(status varchar, answered_at timestamptz, closed_at timestamptz)
    returns timestamptz
    language sql immutable parallel safe
    as $$ select case when status in ('ANSWERED', 'CLOSED') then coalesce(answered_at, closed_at) end $$;

-- The refresh recounts a month of resolved tickets through this index (received months use ticket_received_idx).
create index ticket_resolved_idx on ticket (statistics_resolved_at(status, answered_at, closed_at))
    where status in ('ANSWERED', 'CLOSED');

create table statistics_change (
    id    bigint generated always as identity primary key,
    month date not null
);

-- One row per month and combination of the filters the overview offers. Region and province are the
-- organisation's when the ticket was counted; queue is the escalation's (null when the ticket was never escalated).
create table statistics_month (
    month         date        not null,
    channel       varchar(16) not null,
    domain_code   varchar(32) not null,
    language      varchar(2)  not null,
    region        varchar(16),
    province      varchar(40),
    queue_id      bigint,
    -- received in the month
    tickets       integer     not null,
    first_contact integer     not null,
    escalated     integer     not null,
    within_sla    integer     not null,
    complaints    integer     not null,
    -- received in the month and not resolved yet
    open          integer     not null,
    -- resolved (answered or closed) in the month, whenever received
    resolved      integer     not null,
    unique nulls not distinct (month, channel, domain_code, language, region, province, queue_id)
);

-- The backlog at the end of month m is everything received minus everything resolved until then, which is what is
-- open now minus the months after m: the overview reads the months of its period and after, and the few rows that
-- still hold open tickets (this index), never the whole history.
create index statistics_month_open_idx on statistics_month (month) where open > 0;

-- Answered escalations of the tickets received in the month by working time to the answer, in buckets of
-- 15 minutes (the last one holds everything from 100 hours on): medians and percentiles of any selection of months
-- and filters are read from these counts.
create table statistics_working_time (
    month         date        not null,
    channel       varchar(16) not null,
    domain_code   varchar(32) not null,
    language      varchar(2)  not null,
    region        varchar(16),
    province      varchar(40),
    queue_id      bigint,
    bucket        smallint    not null check (bucket between 0 and 400),
    escalations   integer     not null,
    unique nulls not distinct (month, channel, domain_code, language, region, province, queue_id, bucket)
);

-- Tickets per organisation, for the "top organisations" view.
create table statistics_month_organisation (
    month           date        not null,
    organisation_id bigint      not null,
    channel         varchar(16) not null,
    tickets         integer     not null,
    primary key (month, organisation_id, channel)
);

create function statistics_ticket_changed() returns trigger
    language plpgsql as $$
begin
    if tg_op in ('INSERT', 'UPDATE') then
        insert into statistics_change (month)
        select distinct m from new_rows,
            lateral (values (statistics_month(received_at)),
                            (statistics_month(statistics_resolved_at(status, answered_at, closed_at)))) v (m)
        where m is not null;
    end if;
    if tg_op in ('UPDATE', 'DELETE') then
        insert into statistics_change (month)
        select distinct m from old_rows,
            lateral (values (statistics_month(received_at)),
                            (statistics_month(statistics_resolved_at(status, answered_at, closed_at)))) v (m)
        where m is not null;
    end if;
    return null;
end $$;

create trigger ticket_statistics_insert after insert on ticket
    referencing new table as new_rows for each statement execute function statistics_ticket_changed();
create trigger ticket_statistics_update after update on ticket
    referencing old table as old_rows new table as new_rows for each statement execute function statistics_ticket_changed();
create trigger ticket_statistics_delete after delete on ticket
    referencing old table as old_rows for each statement execute function statistics_ticket_changed();

-- An escalation counts in the month its ticket was received (escalation.received_at is the ticket's).
create function statistics_escalation_changed() returns trigger
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

create trigger escalation_statistics_insert after insert on escalation
    referencing new table as new_rows for each statement execute function statistics_escalation_changed();
create trigger escalation_statistics_update after update on escalation
    referencing old table as old_rows new table as new_rows for each statement execute function statistics_escalation_changed();
create trigger escalation_statistics_delete after delete on escalation
    referencing old table as old_rows for each statement execute function statistics_escalation_changed();

-- Tickets that exist already (an upgrade) are counted by the first refresh.
insert into statistics_change (month) select distinct statistics_month(received_at) from ticket;
insert into statistics_change (month)
select distinct statistics_month(statistics_resolved_at(status, answered_at, closed_at))
from ticket where status in ('ANSWERED', 'CLOSED');

-- The dashboard's oldest open tickets: the open ones by received-at, a small part of the table.
create index ticket_open_received_idx on ticket (received_at, id) where status not in ('ANSWERED', 'CLOSED');

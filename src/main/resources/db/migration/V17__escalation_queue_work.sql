-- Working the queues (issue #5): who is in a queue and who leads it, the priority and the expert of an
-- escalation, a ticket handed back to the frontdesk, and the opening hours per weekday.
--
-- Users are referenced by username, as everywhere outside the identity module (escalated_by, created_by).
alter table escalation_queue add column lead_username varchar(64);

create table escalation_queue_member (
    queue_id bigint      not null references escalation_queue (id),
    username varchar(64) not null,
    primary key (queue_id, username)
);

-- "My queues" of an expert.
create index escalation_queue_member_username_idx on escalation_queue_member (username);

alter table escalation add column priority varchar(8) not null default 'NORMAL'
    check (priority in ('NORMAL', 'HIGH', 'URGENT'));
alter table escalation add column assignee varchar(64);
-- Set while the ticket is back with the frontdesk: out of the queue, its guarantee still counting.
alter table escalation add column returned_at timestamptz;

-- A queue holds what is neither answered nor handed back; the queue view pages over it by deadline.
drop index escalation_open_queue_idx;
create index escalation_open_queue_idx on escalation (queue_id, deadline, id)
    where answered_at is null and returned_at is null;
-- "My escalations": an expert's open escalations by deadline; also the workload per expert of a queue.
create index escalation_open_assignee_idx on escalation (assignee, deadline, id)
    where answered_at is null and assignee is not null;

-- Opening hours per ISO weekday (1 = Monday), in the calendar's zone (Europe/Brussels); several intervals a day
-- make a lunch break. The calendar refuses overlapping intervals and a week without any opening hour.
create table opening_interval (
    weekday smallint not null check (weekday between 1 and 7),
    opens   time     not null,
    closes  time     not null,
    primary key (weekday, opens),
    check (opens < closes)
);

insert into opening_interval (weekday, opens, closes)
select d, time '09:00', time '17:00' from generate_series(1, 5) d;

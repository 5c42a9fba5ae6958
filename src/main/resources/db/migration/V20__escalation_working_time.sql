-- The working time an escalation used until its documented answer (issue #6: median and p90 working time to
-- answer), recorded in whole minutes when the answer is given, as "met" is: a later calendar change does not
-- rewrite what was measured then. Null while the escalation is open.
alter table escalation add column working_minutes integer check (working_minutes >= 0);
alter table escalation add constraint escalation_working_minutes_answered_check
    check (working_minutes is null or answered_at is not null);

-- The manager's dashboard counts the breaches of the month: escalations by deadline, answered or not.
create index escalation_deadline_idx on escalation (deadline);

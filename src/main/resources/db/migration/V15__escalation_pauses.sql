-- The stretches an escalated ticket waited for the customer (WAITING_FOR_CUSTOMER): the SLA clock stands still.
-- Kept per escalation, so the deadline can be recomputed from this history after a calendar change.
create table escalation_pause (
    escalation_id bigint      not null references escalation (id),
    paused_at     timestamptz not null,
    resumed_at    timestamptz,
    check (resumed_at is null or resumed_at >= paused_at)
);

create index escalation_pause_escalation_idx on escalation_pause (escalation_id, paused_at);

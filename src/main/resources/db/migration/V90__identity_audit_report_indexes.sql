-- The access report (docs/security.md, "Who saw what"): the audit trail filtered by user, by what was concerned
-- (a ticket, a contact) or by event, newest first, paged by keyset on (occurred_at, id) at any depth. Each filter
-- gets an index in that order, the id included, so a page reads its rows and no more; these replace the indexes
-- without the id.
create index audit_event_actor_keyset_idx on audit_event (actor, occurred_at desc, id desc);
create index audit_event_target_keyset_idx on audit_event (target_type, target_id, occurred_at desc, id desc);
create index audit_event_action_keyset_idx on audit_event (action, occurred_at desc, id desc);
drop index audit_event_actor_idx;
drop index audit_event_target_idx;

-- A timeline entry gets an id of its own from the moment the ticket writes it, before the database has inserted
-- it: the events name the answer, the request to the customer and the customer's message by it (answerId,
-- requestId, messageId), so that a listener after the commit (the mail module) finds exactly that entry and does
-- its work once per entry (docs/architecture.md, "Events"). Entries written before have none: no event names them.
alter table ticket_entry add column uid uuid;

create unique index ticket_entry_uid_idx on ticket_entry (uid) where uid is not null;

-- What was asked of the customer when a ticket was put to wait for them: a line of its own on the timeline, which
-- the customer is sent once the application sends mail. Validated after it is added, so the table stays writable.
alter table ticket_entry drop constraint ticket_entry_kind_check;
alter table ticket_entry add constraint ticket_entry_kind_check
    check (kind in ('INCOMING', 'ANSWER', 'NOTE', 'CHANGE', 'REQUEST')) not valid;
alter table ticket_entry validate constraint ticket_entry_kind_check;

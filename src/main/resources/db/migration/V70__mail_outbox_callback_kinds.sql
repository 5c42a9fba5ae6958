-- The call-back's mails to the visitor (docs/portal.md "Call me back"): the confirmation of the request and the
-- notice that the frontdesk could not reach them. Neither belongs to a ticket (ticket_id and reference stay null).
alter table mail_outbox drop constraint mail_outbox_kind_check;
alter table mail_outbox add constraint mail_outbox_kind_check
    check (kind in ('ACKNOWLEDGEMENT', 'ANSWER', 'REQUEST', 'SLA_NOTICE', 'CALLBACK', 'CALLBACK_MISSED'));

-- The complaints procedure's letters (docs/complaints.md, "Letters"): the acknowledgement with the number and the
-- answer deadline, the admissibility letter, and the reasoned answer with the way to the federal Ombudsman.
-- The kinds' names outgrow the 16 characters the first kinds needed.
alter table mail_outbox alter column kind type varchar(32);
alter table mail_outbox drop constraint mail_outbox_kind_check;
alter table mail_outbox add constraint mail_outbox_kind_check
    check (kind in ('ACKNOWLEDGEMENT', 'ANSWER', 'REQUEST', 'SLA_NOTICE', 'CALLBACK', 'CALLBACK_MISSED',
                    'COMPLAINT_ACKNOWLEDGEMENT', 'COMPLAINT_ADMISSIBILITY', 'COMPLAINT_ANSWER'));

-- Every inbox, search and caller-history page asks which tickets are complaints about a person, to leave them out
-- for those who may not open them (docs/complaints.md, "Who sees what"): a partial index holds just those tickets.
create index complaint_case_about_person_idx on complaint_case (ticket_id) where concerned_user is not null;

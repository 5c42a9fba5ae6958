-- Queues are named in the four languages of the contact centre, as the domains are (V4): English and German
-- readers saw the Dutch name. A queue still named as its domain takes the domain's German and English names; a
-- queue an admin renamed keeps its Dutch name in both until the admin names it (docs/languages-and-exports.md).
alter table escalation_queue add column name_de varchar(120);
alter table escalation_queue add column name_en varchar(120);

update escalation_queue q
set name_de = case when q.name_nl = d.name_nl then d.name_de else q.name_nl end,
    name_en = case when q.name_nl = d.name_nl then d.name_en else q.name_nl end
from business_domain d
where d.code = q.domain_code;

update escalation_queue
set name_de = case when name_nl = 'Klachten' then 'Beschwerden' else name_nl end,
    name_en = case when name_nl = 'Klachten' then 'Complaints' else name_nl end
where name_de is null;

alter table escalation_queue alter column name_de set not null;
alter table escalation_queue alter column name_en set not null;

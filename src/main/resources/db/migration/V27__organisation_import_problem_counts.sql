-- An import report lists at most 10 000 problems (docs/roles.md, "Imports and exports"); these count all of them.
alter table organisation_import
    add column problem_count integer not null default 0,
    add column refused_lines integer not null default 0;

update organisation_import i
set problem_count = p.problems, refused_lines = p.lines
from (select import_id, count(*) as problems, count(distinct line) as lines
      from organisation_import_problem group by import_id) p
where p.import_id = i.id;

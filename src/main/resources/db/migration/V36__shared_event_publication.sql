-- Spring Modulith's event publication registry (docs/architecture.md, "Events"): before a listener that runs
-- after the commit (@ApplicationModuleListener) is called, the event is written here in the publishing
-- transaction; the row is completed when the listener returns. A crash, or a listener that fails, leaves the row
-- incomplete: it is resubmitted on restart and by the resubmission job, so no event is lost between the commit
-- and its listeners. The table is Spring Modulith 2.x's own schema (schemas/v2/schema-postgresql.sql of
-- spring-modulith-events-jdbc), created here because Flyway owns the schema.
create table event_publication (
    id                     uuid        not null primary key,
    listener_id            text        not null,
    event_type             text        not null,
    serialized_event       text        not null,
    publication_date       timestamptz not null,
    completion_date        timestamptz,
    status                 text,
    completion_attempts    int,
    last_resubmission_date timestamptz
);

create index event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);
-- Incomplete publications (what the resubmission job and the restart look for) without scanning completed ones.
create index event_publication_incomplete_idx on event_publication (publication_date) where completion_date is null;
create index event_publication_by_completion_date_idx on event_publication (completion_date);

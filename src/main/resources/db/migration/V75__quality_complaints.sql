-- The complaints procedure (issue #18 item 1, docs/complaints.md): the case of every COMPLAINT ticket, with its
-- stages, its two deadlines (fixed at receipt on the business calendar), admissibility, the person or process
-- concerned, and the reasoned answer with outcome, root cause and the action taken or lesson learned.

-- Why founded complaints happen, as the admins name it (editable; a category in use is retired, never deleted).
create table complaint_root_cause (
    id      bigint generated always as identity primary key,
    name_nl varchar(120) not null,
    name_fr varchar(120) not null,
    name_en varchar(120) not null,
    active  boolean      not null default true
);

insert into complaint_root_cause (name_nl, name_fr, name_en) values
    ('Onvolledig of fout antwoord', 'Réponse incomplète ou erronée', 'Incomplete or wrong answer'),
    ('Te laat antwoord', 'Réponse tardive', 'Late answer'),
    ('Onduidelijke communicatie', 'Communication peu claire', 'Unclear communication'),
    ('Niet bereikbaar', 'Injoignable', 'Could not be reached'),
    ('Houding van een medewerker', 'Attitude d''un collaborateur', 'A staff member''s attitude'),
    ('Procedure of werkwijze', 'Procédure ou méthode de travail', 'Procedure or way of working'),
    ('Informatica of hulpmiddel', 'Informatique ou outil', 'IT or tool');

create table complaint_case (
    id                     bigint generated always as identity primary key,
    -- Optimistic locking: two handlers on the same case, the second is told.
    version                integer      not null default 0,
    -- The COMPLAINT ticket (module ticket, by id only) and what the case needs of it without asking.
    ticket_id              bigint       not null unique,
    reference              varchar(32)  not null,
    channel                varchar(16)  not null,
    language               varchar(2)   not null,
    domain_code            varchar(64)  not null,
    organisation_id        bigint,
    contact_id             bigint,
    received_at            timestamptz  not null,
    acknowledgement_due    timestamptz  not null,
    answer_due             timestamptz  not null,
    stage                  varchar(16)  not null
        check (stage in ('RECEIVED', 'ACKNOWLEDGED', 'INVESTIGATING', 'INADMISSIBLE', 'ANSWERED')),
    acknowledged_at        timestamptz,
    acknowledged_by        varchar(64),
    decided_at             timestamptz,
    decided_by             varchar(64),
    inadmissibility_reason varchar(16)
        check (inadmissibility_reason in ('ANONYMOUS', 'FACTS_TOO_OLD', 'APPEAL', 'NOT_COMPETENT')),
    explanation            varchar(8000),
    -- A complaint about a person (a username) is seen by the complaint handlers and the managers only.
    concerned_user         varchar(200),
    concerned_process      varchar(200),
    outcome                varchar(16)  check (outcome in ('FOUNDED', 'PARTLY_FOUNDED', 'UNFOUNDED')),
    root_cause_id          bigint       references complaint_root_cause (id),
    action_taken           varchar(8000),
    answer                 varchar(8000),
    answered_at            timestamptz,
    answered_by            varchar(64),
    -- When the closing letter (answer or inadmissibility) went: the answer deadline is met when before answer_due.
    closed_at              timestamptz
);

-- The handlers' list of open cases, by answer deadline, a keyset page at a time.
create index complaint_case_open_idx on complaint_case (answer_due, id) where closed_at is null;
-- The closed cases, newest first, and the figures of a period (by month of receipt).
create index complaint_case_received_idx on complaint_case (received_at, id);
-- The privacy check on a ticket page: one row by ticket (the unique constraint's index serves it).

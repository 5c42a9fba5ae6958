-- Every retention run, dry or real, with what it counted and who started it (docs/privacy.md, "Run log").
create table privacy_run (
    id                bigint generated always as identity primary key,
    dry_run           boolean      not null,
    started_by        varchar(64)  not null,
    started_at        timestamptz  not null,
    finished_at       timestamptz  not null,
    tickets_cutoff    timestamptz  not null,
    audit_cutoff      timestamptz  not null,
    quarantine_cutoff timestamptz  not null,
    outbox_cutoff     timestamptz  not null,
    tickets           bigint       not null check (tickets >= 0),
    audit_entries     bigint       not null check (audit_entries >= 0),
    quarantined_mails bigint       not null check (quarantined_mails >= 0),
    outbox_mails      bigint       not null check (outbox_mails >= 0),
    ticket_references text         not null default ''
);
-- The log page reads the newest first by keyset on id.

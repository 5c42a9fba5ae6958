-- Moved on every batch, as ticket_import.progressed_at (V21): a running organisation or contact import that has
-- not moved for a long time lost its instance and shows as interrupted (shared.ImportJobStore, docs/imports.md).
alter table organisation_import
    add column progressed_at timestamptz not null default now();

-- Erasure of a contact person (docs/privacy.md, "Erasure"): the row stays, as the tickets that name it do, with
-- its personal data removed; erased_at says when, so the directory and a second erasure can tell.
alter table contact add column erased_at timestamptz;

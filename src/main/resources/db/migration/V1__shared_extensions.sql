-- Full-text search with accent folding and typo tolerance (docs/search/, the measured queries).
create extension if not exists unaccent;
create extension if not exists pg_trgm;

-- Full-text search with accent folding and typo tolerance (DESIGN.md, "Search").
create extension if not exists unaccent;
create extension if not exists pg_trgm;

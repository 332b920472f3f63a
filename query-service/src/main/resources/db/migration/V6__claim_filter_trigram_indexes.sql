-- The text filters of /api/claims (source, location, subject: a case-insensitive substring of the name or of the
-- article's words) read a trigram index instead of every row. One index per filter, on name and words joined by
-- a character no query holds, so a substring of either matches and none spans both.
create extension if not exists pg_trgm;
create index claim_source_trgm_idx on claim using gin
    ((coalesce(source_name, '') || chr(31) || coalesce(source_text, '')) gin_trgm_ops);
create index claim_location_trgm_idx on claim using gin
    ((coalesce(location_name, '') || chr(31) || coalesce(location_text, '')) gin_trgm_ops);
create index claim_subject_trgm_idx on claim using gin
    ((coalesce(subject_name, '') || chr(31) || coalesce(subject_text, '')) gin_trgm_ops);
-- superseded: sources are filtered by substring, and series read from claim_series
drop index claim_source_idx;

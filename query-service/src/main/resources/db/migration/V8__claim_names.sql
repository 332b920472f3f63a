-- The text filters of /api/claims (source, location, subject) in time of the answer. V6 matched a substring of
-- every claim's name and words through a trigram index: a common substring matched a large share of the claims,
-- and the exact total counted them all and the page sorted them all (0.3-1 s at 1M claims). Claims share few
-- distinct (name, words): here each is kept once per filter with how many claims carry it. A filter matches the
-- substring against these keys (the same expression and ILIKE as before, so the same claims match), sums their
-- counts for the total, and walks each matching key's claims in page order along the index below.
--
-- A key is found from a claim by the md5 of its text (as a uuid: 16 bytes), so the claim indexes stay small
-- whatever the length of the words.
create table claim_name (
    kind text   not null, -- 'source', 'location' or 'subject'
    hash uuid   not null,
    key  text   not null, -- name || chr(31) || words, nulls as ''
    n    bigint not null, -- claims carrying it now (0 stays: a later copy finds its row)
    primary key (kind, hash)
) with (fillfactor = 50); -- room on each page, so a count moves in place (a HOT update)
create index claim_name_key_idx on claim_name using gin (key gin_trgm_ops);

-- plain SQL functions, so the planner inlines them and a query's expression matches the index's
create function claim_name_key(name text, words text) returns text language sql immutable parallel safe
    as $$ select coalesce(name, '') || chr(31) || coalesce(words, '') $$;

create function claim_name_hash(name text, words text) returns uuid language sql immutable parallel safe
    as $$ select md5(coalesce(name, '') || chr(31) || coalesce(words, ''))::uuid $$;

create index claim_source_key_idx on claim (claim_name_hash(source_name, source_text), day desc nulls last, seq desc);
create index claim_location_key_idx on claim (claim_name_hash(location_name, location_text), day desc nulls last, seq desc);
create index claim_subject_key_idx on claim (claim_name_hash(subject_name, subject_text), day desc nulls last, seq desc);

-- The counts follow every statement that inserts or deletes claims, in its transaction, whatever the writer: an
-- insert that conflicts (a replay) is not in the new rows, a newer extractor's delete is in the old ones.
create function claim_names_inserted() returns trigger language plpgsql as $$
begin
    insert into claim_name as d (kind, hash, key, n)
    select v.kind, md5(v.key)::uuid, v.key, count(*)
    from new_claims c cross join lateral (values
        ('source', claim_name_key(c.source_name, c.source_text)),
        ('location', claim_name_key(c.location_name, c.location_text)),
        ('subject', claim_name_key(c.subject_name, c.subject_text))) v(kind, key)
    group by v.kind, v.key order by 1, 2
    on conflict (kind, hash) do update set n = d.n + excluded.n;
    return null;
end $$;

create function claim_names_deleted() returns trigger language plpgsql as $$
begin
    update claim_name d set n = d.n - g.n
    from (select v.kind, md5(v.key)::uuid as hash, count(*) as n
          from old_claims c cross join lateral (values
              ('source', claim_name_key(c.source_name, c.source_text)),
              ('location', claim_name_key(c.location_name, c.location_text)),
              ('subject', claim_name_key(c.subject_name, c.subject_text))) v(kind, key)
          group by 1, 2) g
    where d.kind = g.kind and d.hash = g.hash;
    return null;
end $$;

-- no writer changes a stored claim's names or words today; should one, its keys move
create function claim_names_updated() returns trigger language plpgsql as $$
begin
    update claim_name d set n = d.n - 1 where (d.kind, d.hash) in (('source', claim_name_hash(old.source_name, old.source_text)),
        ('location', claim_name_hash(old.location_name, old.location_text)),
        ('subject', claim_name_hash(old.subject_name, old.subject_text)));
    insert into claim_name as d (kind, hash, key, n)
    select v.kind, md5(v.key)::uuid, v.key, 1 from (values
        ('source', claim_name_key(new.source_name, new.source_text)),
        ('location', claim_name_key(new.location_name, new.location_text)),
        ('subject', claim_name_key(new.subject_name, new.subject_text))) v(kind, key)
    on conflict (kind, hash) do update set n = d.n + 1;
    return null;
end $$;

create trigger claim_names_insert after insert on claim referencing new table as new_claims
    for each statement execute function claim_names_inserted();
create trigger claim_names_delete after delete on claim referencing old table as old_claims
    for each statement execute function claim_names_deleted();
create trigger claim_names_update after update of source_name, source_text, location_name, location_text,
    subject_name, subject_text on claim for each row
    when ((old.source_name, old.source_text, old.location_name, old.location_text, old.subject_name, old.subject_text)
          is distinct from
          (new.source_name, new.source_text, new.location_name, new.location_text, new.subject_name, new.subject_text))
    execute function claim_names_updated();

insert into claim_name (kind, hash, key, n)
select v.kind, md5(v.key)::uuid, v.key, count(*)
from claim c cross join lateral (values
    ('source', claim_name_key(c.source_name, c.source_text)),
    ('location', claim_name_key(c.location_name, c.location_text)),
    ('subject', claim_name_key(c.subject_name, c.subject_text))) v(kind, key)
group by 1, v.key;

-- superseded by the keys above: nothing reads them, and they were three of the claim insert's costliest indexes
drop index claim_source_trgm_idx, claim_location_trgm_idx, claim_subject_trgm_idx;

-- The full-text filter q of /api/claims the way V8 made the text filters: claims share few distinct evidence
-- sentences (copies of a fact across articles), so each (language, evidence) is kept once in claim_name as kind
-- 'evidence', with its search vector made exactly as the claim's (V1: English for 'en', else French) and its
-- count. A query matches the vectors of these keys, sums their counts and walks each key's claims in page order.
alter table claim_name add column tsv tsvector;
create index claim_name_tsv_idx on claim_name using gin (tsv) where kind = 'evidence';

create index claim_evidence_key_idx on claim (claim_name_hash(language, evidence_text), day desc nulls last, seq desc);

-- a key's search vector: language and sentence are joined by chr(31), which no language holds
create function claim_evidence_tsv(key text) returns tsvector language sql immutable parallel safe
    as $$ select to_tsvector(case when split_part(key, chr(31), 1) = 'en' then 'english'::regconfig
                                  else 'french'::regconfig end, substr(key, strpos(key, chr(31)) + 1)) $$;

create or replace function claim_names_inserted() returns trigger language plpgsql as $$
begin
    insert into claim_name as d (kind, hash, key, n, tsv)
    select g.kind, md5(g.key)::uuid, g.key, g.n, case when g.kind = 'evidence' then claim_evidence_tsv(g.key) end
    from (select v.kind, v.key, count(*) as n
          from new_claims c cross join lateral (values
              ('source', claim_name_key(c.source_name, c.source_text)),
              ('location', claim_name_key(c.location_name, c.location_text)),
              ('subject', claim_name_key(c.subject_name, c.subject_text)),
              ('evidence', claim_name_key(c.language, c.evidence_text))) v(kind, key)
          group by 1, 2) g
    order by 1, 2
    on conflict (kind, hash) do update set n = d.n + excluded.n;
    return null;
end $$;

create or replace function claim_names_deleted() returns trigger language plpgsql as $$
begin
    update claim_name d set n = d.n - g.n
    from (select v.kind, md5(v.key)::uuid as hash, count(*) as n
          from old_claims c cross join lateral (values
              ('source', claim_name_key(c.source_name, c.source_text)),
              ('location', claim_name_key(c.location_name, c.location_text)),
              ('subject', claim_name_key(c.subject_name, c.subject_text)),
              ('evidence', claim_name_key(c.language, c.evidence_text))) v(kind, key)
          group by 1, 2) g
    where d.kind = g.kind and d.hash = g.hash;
    return null;
end $$;

create or replace function claim_names_updated() returns trigger language plpgsql as $$
begin
    update claim_name d set n = d.n - 1 where (d.kind, d.hash) in (('source', claim_name_hash(old.source_name, old.source_text)),
        ('location', claim_name_hash(old.location_name, old.location_text)),
        ('subject', claim_name_hash(old.subject_name, old.subject_text)),
        ('evidence', claim_name_hash(old.language, old.evidence_text)));
    insert into claim_name as d (kind, hash, key, n, tsv)
    select v.kind, md5(v.key)::uuid, v.key, 1, case when v.kind = 'evidence' then claim_evidence_tsv(v.key) end
    from (values
        ('source', claim_name_key(new.source_name, new.source_text)),
        ('location', claim_name_key(new.location_name, new.location_text)),
        ('subject', claim_name_key(new.subject_name, new.subject_text)),
        ('evidence', claim_name_key(new.language, new.evidence_text))) v(kind, key)
    on conflict (kind, hash) do update set n = d.n + 1;
    return null;
end $$;

drop trigger claim_names_update on claim;
create trigger claim_names_update after update of source_name, source_text, location_name, location_text,
    subject_name, subject_text, language, evidence_text on claim for each row
    when ((old.source_name, old.source_text, old.location_name, old.location_text, old.subject_name, old.subject_text,
           old.language, old.evidence_text)
          is distinct from
          (new.source_name, new.source_text, new.location_name, new.location_text, new.subject_name, new.subject_text,
           new.language, new.evidence_text))
    execute function claim_names_updated();

insert into claim_name (kind, hash, key, n, tsv)
select 'evidence', md5(key)::uuid, key, n, claim_evidence_tsv(key)
from (select claim_name_key(language, evidence_text) as key, count(*) as n from claim group by 1) g;

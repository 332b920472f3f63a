-- Aggregates kept by delta. V5 recomputed, per batch, every fact it touched from all its copies, every series from
-- all its facts and re-made all pairs of those facts: a batch of new copies of known facts re-wrote tens of
-- thousands of pairs and the write cost grew with the table (docs/performance.md, "Where the write time goes").
-- Here a new copy only adds to its fact (reports + 1, first/last day, newest seq), its series (figures, counts,
-- days) and its line (when it ranks above the line's figure); pairs are re-made only for facts that are new or
-- whose last day moved. Deleting copies (a newer extractor replacing an article's claims) or re-dating them (an
-- article's publication day arriving) still recomputes what it touched, as before: that is rare.
--
-- The tables are made again in their new shape and filled from the claims at the end.
drop function refresh_claim_aggregates(text[]);
drop table claim_fact, claim_series, fact_pair, series_line;

-- article lists are no longer kept: a read of a line lists its fact's articles from the claims (O(answer))
drop index claim_fact_key_idx;
create index claim_fact_article_idx on claim (fact_key, article_id);

-- one deduplicated claim; claim_id is its first copy's (first_seq), seq its newest copy's
create table claim_fact (
    fact_key      text primary key,
    series_key    text        not null,
    line_key      text        not null,
    subject_name  text,
    measure       varchar(16) not null,
    location_name text,
    source_name   text,
    low           bigint      not null,
    high          bigint      not null,
    stated_on     date,
    first_day     date,
    last_day      date,
    seq           bigint      not null,
    first_seq     bigint      not null,
    claim_id      varchar(64) not null,
    reports       integer     not null
) with (fillfactor = 50); -- room on each page, so adding a copy rewrites its fact in place (a HOT update)
-- a new fact's pairs are searched within 30 days of it in its own series
create index claim_fact_series_day_idx on claim_fact (series_key, last_day);

create table claim_series (
    series_key    text primary key,
    subject_name  text,
    measure       varchar(16) not null,
    location_name text,
    lo            bigint,
    hi            bigint,
    n             bigint      not null default 0,
    reports       bigint      not null default 0,
    first_day     date,
    last_day      date,
    sources       integer     not null default 0,
    gap           bigint,
    pairs         integer     not null default 0
) with (fillfactor = 50);
create index claim_series_rank_idx on claim_series (n desc, last_day desc nulls last, subject_name, measure, location_name);
create index claim_series_gap_idx on claim_series (gap desc, subject_name, measure, location_name) where gap is not null;

create table fact_pair (
    x_fact     text        not null,
    y_fact     text        not null,
    series_key text        not null,
    x_claim    varchar(64) not null,
    y_claim    varchar(64) not null,
    gap        bigint      not null,
    primary key (x_fact, y_fact)
);
create index fact_pair_y_idx on fact_pair (y_fact);
-- a series' largest gap is the first entry; its pairs' claims are read along it
create index fact_pair_series_gap_idx on fact_pair (series_key, gap desc);

-- each line's latest figure is one of its facts: newest day, then the most precise, then the newest copy
create table series_line (
    line_key    text primary key,
    series_key  text not null,
    source_name text,
    fact_key    text not null
);
create index series_line_series_idx on series_line (series_key);

-- Locks the series of these claims or facts (creating the missing ones) in key order, so concurrent writers of one
-- series take turns and every later statement of the caller reads what the previous writer committed.
create function lock_claim_series(claim_ids text[], fact_keys text[]) returns text[] language sql as $$
    with k as (
        select claim_series_key(subject_name, measure, location_name) as series_key, subject_name, measure, location_name
        from claim where claim_id = any(claim_ids) or fact_key = any(fact_keys)
        union
        select series_key, subject_name, measure, location_name from claim_fact where fact_key = any(fact_keys)),
    locked as (
        insert into claim_series as s (series_key, subject_name, measure, location_name)
        select distinct on (series_key) * from k order by series_key
        on conflict (series_key) do update set series_key = excluded.series_key
        returning s.series_key)
    select coalesce(array_agg(series_key), '{}') from locked
$$;

-- Re-makes the disagreement pairs of these facts (facts of one series from different sources, x's before y's,
-- disjoint figures, last days at most 30 days apart), counting the pairs of each series by what was removed and
-- added, then the largest gap of each of these series (the first entry of its index).
create function pair_claim_facts(fact_keys text[], series_keys text[]) returns void language plpgsql as $$
begin
    with gone as (delete from fact_pair where x_fact = any(fact_keys) or y_fact = any(fact_keys) returning series_key)
    update claim_series s set pairs = s.pairs - g.n
    from (select series_key, count(*) as n from gone group by series_key) g where s.series_key = g.series_key;

    with made as (
        insert into fact_pair
        select case when k.cs < k.os then c.fact_key else o.fact_key end,
               case when k.cs < k.os then o.fact_key else c.fact_key end, c.series_key,
               case when k.cs < k.os then c.claim_id else o.claim_id end,
               case when k.cs < k.os then o.claim_id else c.claim_id end,
               greatest(c.low, o.low) - least(c.high, o.high)
        from claim_fact c join claim_fact o on o.series_key = c.series_key
            and o.last_day between c.last_day - 30 and c.last_day + 30
            cross join lateral (select coalesce(c.source_name, '') as cs, coalesce(o.source_name, '') as os) k
        where c.fact_key = any(fact_keys) and k.cs <> k.os and (c.high < o.low or o.high < c.low)
        -- a pair of two of these facts is found from both sides
        on conflict (x_fact, y_fact) do nothing
        returning series_key)
    update claim_series s set pairs = s.pairs + m.n
    from (select series_key, count(*) as n from made group by series_key) m where s.series_key = m.series_key;

    update claim_series s set gap = (select p.gap from fact_pair p where p.series_key = s.series_key
                                     order by p.gap desc limit 1)
    where s.series_key = any(series_keys) and s.gap is distinct from
        (select p.gap from fact_pair p where p.series_key = s.series_key order by p.gap desc limit 1);
end $$;

-- New copies, by the ids of claims just inserted (whose facts were not recomputed in the same batch).
create function claim_copies_added(ids text[]) returns void language plpgsql as $$
declare
    touched text[];
    v_facts text[];
    v_new text[];
    v_repair text[];
    v_lined text[];
begin
    if ids is null or cardinality(ids) = 0 then
        return;
    end if;
    touched := lock_claim_series(ids, null);

    with b as (
        select fact_key, subject_name, measure, location_name, source_name, low, high, stated_on,
               min(day) as first_day, max(day) as last_day, max(seq) as seq, min(seq) as first_seq,
               (array_agg(claim_id order by seq))[1] as claim_id, count(*) as reports
        from claim where claim_id = any(ids)
        group by fact_key, subject_name, measure, location_name, source_name, low, high, stated_on),
    was as (
        select b.fact_key, f.fact_key is null as fresh,
               -- what a fact's pairs depend on: its last day and its first copy's id
               f.last_day is distinct from greatest(f.last_day, b.last_day) or b.first_seq < f.first_seq as moved
        from b left join claim_fact f on f.fact_key = b.fact_key),
    up as (
        insert into claim_fact as f
        select fact_key, claim_series_key(subject_name, measure, location_name),
               claim_line_key(subject_name, measure, location_name, source_name), subject_name, measure, location_name,
               source_name, low, high, stated_on, first_day, last_day, seq, first_seq, claim_id, reports
        from b
        on conflict (fact_key) do update set first_day = least(f.first_day, excluded.first_day),
            last_day = greatest(f.last_day, excluded.last_day), seq = greatest(f.seq, excluded.seq),
            claim_id = case when excluded.first_seq < f.first_seq then excluded.claim_id else f.claim_id end,
            first_seq = least(f.first_seq, excluded.first_seq), reports = f.reports + excluded.reports)
    select array_agg(fact_key), array_agg(fact_key) filter (where fresh), array_agg(fact_key) filter (where fresh or moved)
    into v_facts, v_new, v_repair from was;

    update claim_series s set lo = least(s.lo, x.lo), hi = greatest(s.hi, x.hi), reports = s.reports + x.reports,
        first_day = least(s.first_day, x.first_day), last_day = greatest(s.last_day, x.last_day),
        n = s.n + (select count(*) from claim_fact f where f.fact_key = any(v_new) and f.series_key = s.series_key)
    from (select claim_series_key(subject_name, measure, location_name) as series_key, min(low) as lo,
              max(high) as hi, min(day) as first_day, max(day) as last_day, count(*) as reports
          from claim where claim_id = any(ids) group by 1) x
    where s.series_key = x.series_key;

    -- a fact only climbs in its line's order (its last day and newest copy only grow): the best of the batch
    -- replaces the line's figure when it ranks above it
    update series_line l set fact_key = c.fact_key
    from (select distinct on (line_key) line_key, fact_key, coalesce(last_day, '-infinity') as day, low - high as width, seq
          from claim_fact where fact_key = any(v_facts)
          order by line_key, last_day desc nulls last, high - low, seq desc) c, claim_fact cur
    where l.line_key = c.line_key and cur.fact_key = l.fact_key and l.fact_key <> c.fact_key
        and (c.day, c.width, c.seq) > (coalesce(cur.last_day, '-infinity'), cur.low - cur.high, cur.seq);
    with made as (
        insert into series_line
        select distinct on (line_key) line_key, series_key, source_name, fact_key from claim_fact
        where fact_key = any(v_new) order by line_key, last_day desc nulls last, high - low, seq desc
        on conflict (line_key) do nothing
        returning series_key)
    select array_agg(distinct series_key) into v_lined from made;
    -- a new line is a new source, unless it differs only by a null source from an empty one
    update claim_series s set sources = (select count(distinct coalesce(source_name, '')) from series_line l
                                         where l.series_key = s.series_key)
    where s.series_key = any(v_lined);

    perform pair_claim_facts(v_repair, touched);
end $$;

-- Recomputes these facts from their claims (after copies were deleted or re-dated), then every series they belong
-- to (before and after) from its facts, its lines, and the pairs of these facts.
create function refresh_claim_aggregates(changed text[]) returns void language plpgsql as $$
declare
    touched text[];
begin
    if changed is null or cardinality(changed) = 0 then
        return;
    end if;
    touched := lock_claim_series(null, changed);

    delete from claim_fact where fact_key = any(changed);
    insert into claim_fact
    select fact_key, claim_series_key(subject_name, measure, location_name),
           claim_line_key(subject_name, measure, location_name, source_name),
           subject_name, measure, location_name, source_name, low, high, stated_on, min(day), max(day), max(seq),
           min(seq), (array_agg(claim_id order by seq))[1], count(*)
    from claim where fact_key = any(changed)
    group by fact_key, subject_name, measure, location_name, source_name, low, high, stated_on;

    update claim_series s set lo = x.lo, hi = x.hi, n = x.n, reports = x.reports, first_day = x.first_day,
        last_day = x.last_day, sources = x.sources
    from (select series_key, min(low) as lo, max(high) as hi, count(*) as n, sum(reports) as reports,
              min(first_day) as first_day, max(last_day) as last_day, count(distinct coalesce(source_name, '')) as sources
          from claim_fact where series_key = any(touched) group by series_key) x
    where s.series_key = x.series_key;

    perform pair_claim_facts(changed, touched);
    delete from claim_series s where s.series_key = any(touched)
        and not exists (select 1 from claim_fact f where f.series_key = s.series_key);

    delete from series_line where series_key = any(touched);
    insert into series_line
    select distinct on (line_key) line_key, series_key, source_name, fact_key
    from claim_fact where series_key = any(touched)
    order by line_key, last_day desc nulls last, high - low, seq desc;
end $$;

-- the backfill: every fact at once (the counters of V5 stay as they are)
select refresh_claim_aggregates(array(select distinct fact_key from claim));

-- Dashboard aggregates kept up to date by the writers, in the transaction that changes the claims, so a read
-- costs what its answer costs instead of a scan of every claim.
--
-- A fact is one deduplicated claim: the same subject, measure, location, source, figure and statedOn carried by
-- several articles (nulls compare equal, as in GROUP BY). A series is (subject, measure, location); a line is one
-- source's figures in a series. Keys are hashes of those columns with every null told apart from any text.
create function claim_series_key(subject text, measure text, location text) returns text
    language sql immutable parallel safe
    return md5(measure || chr(31) || coalesce('s' || subject, '') || chr(31) || coalesce('l' || location, ''));

create function claim_line_key(subject text, measure text, location text, source text) returns text
    language sql immutable parallel safe
    return md5(claim_series_key(subject, measure, location) || chr(31) || coalesce('o' || source, ''));

alter table claim add column fact_key text generated always as (md5(
    claim_line_key(subject_name, measure, location_name, source_name) || chr(31) || low::text || chr(31)
    || high::text || chr(31) || coalesce((stated_on - date '2000-01-01')::text, ''))) stored;
create index claim_fact_key_idx on claim (fact_key);
-- the timeline reads dated claims along the day index and the (few) undated ones along this one
create index claim_undated_idx on claim (seq) where day is null;

-- first/last day of its copies, the newest copy's seq, the first copy's id, the articles carrying it
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
    claim_id      varchar(64) not null,
    article_ids   text        not null,
    articles      integer     not null,
    reports       integer     not null
);
create index claim_fact_series_idx on claim_fact (series_key);

-- per series: figures, counts and dates over its facts, how many sources, and its disagreement at the dashboard's
-- default window (30 days): largest gap, pair count and the claim ids in those pairs
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
    pairs         integer     not null default 0,
    pair_ids      text
);
create index claim_series_rank_idx on claim_series (n desc, last_day desc nulls last, subject_name, measure, location_name);
create index claim_series_gap_idx on claim_series (gap desc, subject_name, measure, location_name) where gap is not null;

-- the pairs behind those disagreements: facts of one series from different sources (x's before y's), disjoint
-- figures, at most 30 days apart; kept per fact so a batch re-pairs only the facts it changed
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
create index fact_pair_series_idx on fact_pair (series_key);

-- each line's latest figure: newest day, then the most precise, then the newest copy
create table series_line (
    line_key      text primary key,
    series_key    text        not null,
    source_name   text,
    low           bigint      not null,
    high          bigint      not null,
    stated_on     date,
    last_day      date,
    claim_id      varchar(64) not null,
    articles      integer     not null,
    article_ids   text        not null
);
create index series_line_series_idx on series_line (series_key);

-- summary counters: claims per measure, claims per source, articles
create table claim_tally (
    kind varchar(16) not null,
    name text        not null,
    n    bigint      not null,
    primary key (kind, name)
);

-- Recomputes the given facts from their claims, then every series they belong to (before and after) from its
-- facts. Series rows are locked first, in key order, so concurrent writers of one series take turns and each
-- recomputes from what the previous one committed; every statement below reads a fresh snapshot.
create function refresh_claim_aggregates(changed text[]) returns void language plpgsql as $$
declare
    touched text[];
begin
    if changed is null or cardinality(changed) = 0 then
        return;
    end if;
    with k as (
        select claim_series_key(subject_name, measure, location_name) as series_key, subject_name, measure, location_name
        from claim where fact_key = any(changed)
        union
        select series_key, subject_name, measure, location_name from claim_fact where fact_key = any(changed)),
    locked as (
        insert into claim_series as s (series_key, subject_name, measure, location_name)
        select distinct on (series_key) * from k order by series_key
        on conflict (series_key) do update set series_key = excluded.series_key
        returning s.series_key)
    select array_agg(series_key) into touched from locked;

    delete from claim_fact where fact_key = any(changed);
    insert into claim_fact
    select fact_key, claim_series_key(subject_name, measure, location_name),
           claim_line_key(subject_name, measure, location_name, source_name),
           subject_name, measure, location_name, source_name, low, high, stated_on, min(day), max(day), max(seq),
           (array_agg(claim_id order by seq))[1], string_agg(distinct article_id, ',' order by article_id),
           count(distinct article_id), count(*)
    from claim where fact_key = any(changed)
    group by fact_key, subject_name, measure, location_name, source_name, low, high, stated_on;

    update claim_series s set lo = x.lo, hi = x.hi, n = x.n, reports = x.reports, first_day = x.first_day,
        last_day = x.last_day, sources = x.sources, gap = null, pairs = 0, pair_ids = null
    from (select series_key, min(low) as lo, max(high) as hi, count(*) as n, sum(reports) as reports,
              min(first_day) as first_day, max(last_day) as last_day, count(distinct coalesce(source_name, '')) as sources
          from claim_fact where series_key = any(touched) group by series_key) x
    where s.series_key = x.series_key;
    delete from claim_series s where s.series_key = any(touched)
        and not exists (select 1 from claim_fact f where f.series_key = s.series_key);

    delete from fact_pair where x_fact = any(changed);
    delete from fact_pair where y_fact = any(changed);
    insert into fact_pair
    select case when k.cs < k.os then c.fact_key else o.fact_key end,
           case when k.cs < k.os then o.fact_key else c.fact_key end, c.series_key,
           case when k.cs < k.os then c.claim_id else o.claim_id end,
           case when k.cs < k.os then o.claim_id else c.claim_id end,
           greatest(c.low, o.low) - least(c.high, o.high)
    from claim_fact c join claim_fact o on o.series_key = c.series_key
        cross join lateral (select coalesce(c.source_name, '') as cs, coalesce(o.source_name, '') as os) k
    where c.fact_key = any(changed) and k.cs <> k.os
        and (c.high < o.low or o.high < c.low) and abs(c.last_day - o.last_day) <= 30
    -- a pair of two changed facts is found from both sides
    on conflict (x_fact, y_fact) do nothing;

    with p as (select series_key, x_claim, y_claim, gap from fact_pair where series_key = any(touched)),
    ids as (select series_key, string_agg(id, ',') as ids
            from (select series_key, x_claim as id from p union select series_key, y_claim from p) u group by series_key)
    update claim_series s set gap = g.gap, pairs = g.pairs, pair_ids = ids.ids
    from (select series_key, max(gap) as gap, count(*) as pairs from p group by series_key) g
    join ids on ids.series_key = g.series_key
    where s.series_key = g.series_key;

    delete from series_line where series_key = any(touched);
    insert into series_line
    select distinct on (line_key) line_key, series_key, source_name, low, high, stated_on, last_day, claim_id,
           articles, article_ids
    from claim_fact where series_key = any(touched)
    order by line_key, last_day desc nulls last, high - low, seq desc;
end $$;

-- the backfill: every fact at once, then the counters
select refresh_claim_aggregates(array(select distinct fact_key from claim));
insert into claim_tally select 'measure', measure, count(*) from claim group by measure;
insert into claim_tally select 'source', source_name, count(*) from claim where source_name is not null group by source_name;
insert into claim_tally select 'articles', '', count(*) from article;

-- Disagreements read in O(answer) at any window up to the kept 30 days (docs/performance.md, "Disagreements at 1M").
-- V7 kept the pairs of facts at most 30 days apart, but a read still probed the pairs of every fact of each series
-- to list the paired ones, and a shorter window joined every series' facts with each other (tens of thousands of
-- pairs at 1M claims). Kept now with the pairs, in the same transaction:
--   fact_pair.days          how many days apart the pair's facts are (their last days);
--   series_pair_days        per series and distance in days, how many pairs and their largest gap;
--   claim_fact.pair_days    the distance of a fact's closest pair (null: no pair), so the facts paired within a
--                           window are one range of a small partial index.
alter table fact_pair add column days integer;
update fact_pair p set days = abs(x.last_day - y.last_day)
from claim_fact x, claim_fact y where x.fact_key = p.x_fact and y.fact_key = p.y_fact;
alter table fact_pair alter column days set not null;
-- a (series, distance)'s largest gap is the first entry
drop index fact_pair_series_gap_idx;
create index fact_pair_series_days_idx on fact_pair (series_key, days, gap desc);

create table series_pair_days (
    series_key text    not null,
    days       integer not null,
    n          integer not null,
    gap        bigint  not null,
    primary key (series_key, days)
);
insert into series_pair_days select series_key, days, count(*), max(gap) from fact_pair group by 1, 2;

alter table claim_fact add column pair_days integer;
update claim_fact f set pair_days = m.days
from (select k, min(days) as days from (select x_fact as k, days from fact_pair
                                        union all select y_fact, days from fact_pair) u group by k) m
where f.fact_key = m.k;
create index claim_fact_pair_days_idx on claim_fact (series_key, pair_days) include (claim_id) where pair_days is not null;

-- Re-makes the disagreement pairs of these facts as V7 did (facts of one series from different sources, x's before
-- y's, disjoint figures, last days at most 30 days apart), and keeps by what was removed and added: the counts and
-- largest gaps per series and distance, then each touched series' count and largest gap, then the closest pair of
-- every fact that lost or gained one.
create or replace function pair_claim_facts(fact_keys text[], series_keys text[]) returns void language plpgsql as $$
declare
    lost_series text[];
    lost_days   int[];
    partners    text[];
    gained      text[];
begin
    with gone as (delete from fact_pair where x_fact = any(fact_keys) or y_fact = any(fact_keys)
                  returning series_key, days, x_fact, y_fact),
    g as (select series_key, days, count(*) as n from gone group by 1, 2),
    counted as (update series_pair_days d set n = d.n - g.n from g where d.series_key = g.series_key and d.days = g.days)
    select (select array_agg(series_key) from g), (select array_agg(days) from g),
           (select array_agg(distinct k) from gone cross join lateral unnest(array[x_fact, y_fact]) k)
    into lost_series, lost_days, partners;

    with made as (
        insert into fact_pair (x_fact, y_fact, series_key, x_claim, y_claim, gap, days)
        select case when k.cs < k.os then c.fact_key else o.fact_key end,
               case when k.cs < k.os then o.fact_key else c.fact_key end, c.series_key,
               case when k.cs < k.os then c.claim_id else o.claim_id end,
               case when k.cs < k.os then o.claim_id else c.claim_id end,
               greatest(c.low, o.low) - least(c.high, o.high), abs(c.last_day - o.last_day)
        from claim_fact c join claim_fact o on o.series_key = c.series_key
            and o.last_day between c.last_day - 30 and c.last_day + 30
            cross join lateral (select coalesce(c.source_name, '') as cs, coalesce(o.source_name, '') as os) k
        where c.fact_key = any(fact_keys) and k.cs <> k.os and (c.high < o.low or o.high < c.low)
        -- a pair of two of these facts is found from both sides
        on conflict (x_fact, y_fact) do nothing
        returning series_key, days, x_fact, y_fact, gap),
    counted as (
        insert into series_pair_days as d select series_key, days, count(*), max(gap) from made group by 1, 2
        on conflict (series_key, days) do update set n = d.n + excluded.n, gap = greatest(d.gap, excluded.gap))
    select array_agg(distinct k) into gained from made cross join lateral unnest(array[x_fact, y_fact]) k;

    -- a distance that lost pairs: its largest gap again from what is left (the first entry of the index), or gone
    update series_pair_days d set gap = (select p.gap from fact_pair p where p.series_key = d.series_key
                                         and p.days = d.days order by p.gap desc limit 1)
    from unnest(lost_series, lost_days) l(series_key, days)
    where d.series_key = l.series_key and d.days = l.days and d.n > 0;
    delete from series_pair_days d using unnest(lost_series, lost_days) l(series_key, days)
    where d.series_key = l.series_key and d.days = l.days and d.n = 0;

    update claim_series s set pairs = coalesce(x.pairs, 0), gap = x.gap
    from (select k as series_key, (select sum(n) from series_pair_days d where d.series_key = k) as pairs,
                 (select max(gap) from series_pair_days d where d.series_key = k) as gap
          from unnest(series_keys) k) x
    where s.series_key = x.series_key and (s.pairs, s.gap) is distinct from (coalesce(x.pairs, 0), x.gap);

    update claim_fact f set pair_days = x.days
    from (select k, least((select min(p.days) from fact_pair p where p.x_fact = k),
                          (select min(p.days) from fact_pair p where p.y_fact = k)) as days
          from (select distinct k from unnest(fact_keys || partners || gained) k) u) x
    where f.fact_key = x.k and f.pair_days is distinct from x.days;
end $$;

-- The day a claim is dated by (statedOn, else its article's publication day) is what lists sort and filter
-- on. Computed at read time it needs a join and a sort of every matching row per request; stored here and
-- indexed, a page is an index range scan.
--
-- Claims and their article arrive on different topics, in either order and in concurrent transactions. Both
-- triggers take the same per-article advisory lock first, so whichever commits second sees the other's row.
alter table claim add column day date;

update claim c set day = coalesce(c.stated_on, a.published_on)
from article a where a.id = c.article_id;
update claim set day = stated_on where day is null and stated_on is not null;

create function claim_day_on_insert() returns trigger language plpgsql as $$
begin
    perform pg_advisory_xact_lock(hashtext(new.article_id));
    if new.stated_on is not null then
        new.day := new.stated_on;
    else
        select published_on into new.day from article where id = new.article_id;
    end if;
    return new;
end $$;

create trigger claim_day before insert on claim
    for each row execute function claim_day_on_insert();

create function article_day_on_upsert() returns trigger language plpgsql as $$
begin
    perform pg_advisory_xact_lock(hashtext(new.id));
    update claim set day = coalesce(stated_on, new.published_on)
    where article_id = new.id and day is distinct from coalesce(stated_on, new.published_on);
    return null;
end $$;

create trigger article_day after insert or update of published_on on article
    for each row execute function article_day_on_upsert();

create index claim_day_idx on claim (day desc nulls last, seq desc);
create index claim_measure_day_idx on claim (measure, day desc nulls last, seq desc);
create index claim_article_day_idx on claim (article_id, day desc nulls last, seq desc);
drop index claim_measure_idx;
drop index claim_stated_on_idx;

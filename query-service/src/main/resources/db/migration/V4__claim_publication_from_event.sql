-- Claim events now carry their article's publication day and outlet, and the source's relay. The day a claim is
-- dated by becomes a plain function of the row: statedOn, else the publication day. That needs no trigger and no
-- lock between the claims and articles consumers: the writers keep published_on (the article's day when the
-- articles topic brings one, else the event's), and PostgreSQL keeps day. An article committed at the same moment
-- as its claims may leave them with the event's day, which extract-service copied from that same article.
alter table claim add column published_on date, add column outlet text, add column source_via text;

update claim c set published_on = a.published_on, outlet = a.outlet
from article a where a.id = c.article_id;

drop trigger claim_day on claim;
drop function claim_day_on_insert();
drop trigger article_day on article;
drop function article_day_on_upsert();

-- dropping the column drops its three indexes; they are made again on the generated column
alter table claim drop column day;
alter table claim add column day date generated always as (coalesce(stated_on, published_on)) stored;
create index claim_day_idx on claim (day desc nulls last, seq desc);
create index claim_measure_day_idx on claim (measure, day desc nulls last, seq desc);
create index claim_article_day_idx on claim (article_id, day desc nulls last, seq desc);

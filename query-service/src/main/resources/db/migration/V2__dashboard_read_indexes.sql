-- Indexes for the analyst's dashboard. Series and disagreements group claims by the dedup key
-- (subject, measure, location, source, figure, statedOn): one index in that order serves the grouping and
-- makes the V1 series index (its prefix) redundant. Date filters hit statedOn, else the publication day.
create index claim_dedup_idx on claim (subject_name, measure, location_name, source_name, low, high, stated_on);
drop index claim_series_idx;
create index claim_stated_on_idx on claim (stated_on);
create index article_published_on_idx on article (published_on);

-- The country of a claim's place (location.country in the claim event, added to the contract's Claim): stored
-- so every read returns what the extractor said. Older claims keep null until their article is extracted again.
alter table claim add column location_country text;

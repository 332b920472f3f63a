-- The read model. Claims are keyed by their deterministic id so every replay is an upsert, and carry a
-- monotonically assigned seq that serves as the resumable position of the live stream.
create table article (
    id           varchar(64) primary key,
    url          text,
    outlet       text,
    title        text,
    body         text        not null,
    language     varchar(8),
    published_at varchar(64),
    published_on date,
    ingested_at  varchar(64),
    stored_at    timestamptz not null default now()
);

create sequence claim_seq;

create table claim (
    claim_id       varchar(64) primary key,
    article_id     varchar(64) not null,
    extractor      varchar(64) not null,
    language       varchar(8),
    measure        varchar(16) not null,
    subject_name   text,
    subject_text   text,
    low            bigint      not null,
    high           bigint      not null,
    qualifier      varchar(16) not null,
    quantity_text  text,
    location_name  text,
    location_text  text,
    source_name    text,
    source_text    text,
    source_person  text,
    stated_on      date,
    hedged         boolean     not null default false,
    evidence_text  text        not null,
    evidence_start integer     not null,
    evidence_end   integer     not null,
    seq            bigint      not null default nextval('claim_seq'),
    stored_at      timestamptz not null default now(),
    -- one text-search configuration per language, so French stems match French evidence
    evidence_tsv   tsvector generated always as (
        to_tsvector(case when language = 'en' then 'english'::regconfig else 'french'::regconfig end,
                    evidence_text)) stored
);

create index claim_article_idx on claim (article_id);
create index claim_measure_idx on claim (measure, seq);
create index claim_source_idx on claim (source_name);
create index claim_seq_idx on claim (seq);
create index claim_series_idx on claim (subject_name, measure, location_name);
create index claim_evidence_tsv_idx on claim using gin (evidence_tsv);

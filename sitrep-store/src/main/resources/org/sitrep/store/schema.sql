-- The sitrep corpus store, version 1. Every fact keeps its provenance: article, sentence and body offsets.
-- Statements are separated by lines holding only ';'. Documented in docs/store.md.

CREATE TABLE IF NOT EXISTS store_info (
  key VARCHAR PRIMARY KEY,
  value VARCHAR NOT NULL
)
;
-- One row per distinct content. content_hash (SHA-256 of the raw content) makes ingest idempotent;
-- story_id is the first stored article of the same wire story (itself when it is the first or only copy).
CREATE TABLE IF NOT EXISTS articles (
  article_id VARCHAR PRIMARY KEY,
  seq BIGINT NOT NULL UNIQUE,
  content_hash VARCHAR NOT NULL UNIQUE,
  origin VARCHAR NOT NULL,
  outlet VARCHAR,
  title VARCHAR,
  url VARCHAR,
  published VARCHAR,
  published_day DATE,
  body VARCHAR NOT NULL,
  boilerplate VARCHAR[] NOT NULL,
  sentence_count INTEGER NOT NULL,
  token_count INTEGER NOT NULL,
  story_id VARCHAR NOT NULL,
  minhash BLOB NOT NULL,
  ingested_at TIMESTAMP NOT NULL
)
;
CREATE TABLE IF NOT EXISTS sentences (
  article_id VARCHAR NOT NULL,
  sentence INTEGER NOT NULL,
  begin_offset INTEGER NOT NULL,
  end_offset INTEGER NOT NULL,
  text VARCHAR NOT NULL
)
;
-- Corpus-wide actors: the same id in every article. name, kind, country and sector as first stored.
CREATE TABLE IF NOT EXISTS actors (
  actor_id VARCHAR PRIMARY KEY,
  name VARCHAR NOT NULL,
  kind VARCHAR NOT NULL,
  country VARCHAR,
  sector VARCHAR
)
;
CREATE TABLE IF NOT EXISTS actor_spellings (
  actor_id VARCHAR NOT NULL,
  spelling VARCHAR NOT NULL
)
;
CREATE TABLE IF NOT EXISTS actor_titles (
  actor_id VARCHAR NOT NULL,
  title VARCHAR NOT NULL
)
;
-- An actor as one article describes it (country and titles can differ between articles and over time).
CREATE TABLE IF NOT EXISTS article_actors (
  article_id VARCHAR NOT NULL,
  actor_id VARCHAR NOT NULL,
  kind VARCHAR NOT NULL,
  country VARCHAR,
  sector VARCHAR,
  titles VARCHAR[] NOT NULL
)
;
CREATE TABLE IF NOT EXISTS mentions (
  article_id VARCHAR NOT NULL,
  actor_id VARCHAR NOT NULL,
  sentence INTEGER NOT NULL,
  begin_offset INTEGER NOT NULL,
  end_offset INTEGER NOT NULL,
  text VARCHAR NOT NULL
)
;
CREATE TABLE IF NOT EXISTS quotes (
  article_id VARCHAR NOT NULL,
  quote_no INTEGER NOT NULL,
  sentence INTEGER NOT NULL,
  begin_offset INTEGER NOT NULL,
  end_offset INTEGER NOT NULL,
  text VARCHAR NOT NULL,
  speaker_id VARCHAR,
  speaker_text VARCHAR,
  verb VARCHAR,
  addressee_id VARCHAR
)
;
-- counted is false for an event that a syndicated copy of the same story already reported, so that counts,
-- timelines and the network count each reported event once.
CREATE TABLE IF NOT EXISTS events (
  event_id BIGINT PRIMARY KEY,
  article_id VARCHAR NOT NULL,
  sentence INTEGER NOT NULL,
  type VARCHAR NOT NULL,
  mode VARCHAR,
  source_id VARCHAR,
  target_id VARCHAR,
  event_date VARCHAR,
  event_day DATE,
  date_text VARCHAR,
  location VARCHAR,
  text VARCHAR NOT NULL,
  reported_by VARCHAR,
  counted BOOLEAN NOT NULL
)
;
CREATE TABLE IF NOT EXISTS relations (
  article_id VARCHAR NOT NULL,
  subject_id VARCHAR NOT NULL,
  predicate VARCHAR NOT NULL,
  object_id VARCHAR NOT NULL,
  sentence INTEGER NOT NULL
)
;
-- Corroboration: events of one type between the same actors within a day, across outlets. Rebuilt after
-- every ingest from the events table, so it never disagrees with it.
CREATE TABLE IF NOT EXISTS incidents (
  incident_id VARCHAR PRIMARY KEY,
  type VARCHAR NOT NULL,
  source_id VARCHAR,
  target_id VARCHAR,
  first_day DATE,
  last_day DATE,
  outlets VARCHAR[] NOT NULL,
  independent_reports INTEGER NOT NULL,
  syndicated_copies INTEGER NOT NULL,
  event_count INTEGER NOT NULL
)
;
CREATE TABLE IF NOT EXISTS incident_events (
  incident_id VARCHAR NOT NULL,
  event_id BIGINT NOT NULL
)

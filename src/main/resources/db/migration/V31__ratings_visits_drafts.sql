-- In-person visits (counted in the month the application was filed) and online drafts that ended,
-- filed or abandoned (counted in the month the draft was started), for two more indicators.
ALTER TABLE ratings_cell ADD COLUMN visits BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE ratings_cell ADD COLUMN drafts BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE ratings_cell ADD COLUMN drafts_filed BIGINT DEFAULT 0 NOT NULL;

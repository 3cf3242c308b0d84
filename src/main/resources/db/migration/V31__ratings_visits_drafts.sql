-- In-person visits (counted in the month the application was filed) and online drafts that ended,
-- filed or abandoned (counted in the month the draft was started), for two more indicators.
ALTER TABLE ratings_cell ADD COLUMN visits BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE ratings_cell ADD COLUMN drafts BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE ratings_cell ADD COLUMN drafts_filed BIGINT DEFAULT 0 NOT NULL;

-- A service's figures within one region (for the akim's report of the region's weakest services):
-- a level whose name is longer than the first four.
ALTER TABLE ratings_cell ALTER COLUMN unit_level SET DATA TYPE VARCHAR(20);
ALTER TABLE ratings_days ALTER COLUMN unit_level SET DATA TYPE VARCHAR(20);

-- A unit's month may be kept in several rows, its stripes, summed when read: every filing adds to
-- its region's, body's and service's cells inside its own transaction, and one row per cell made
-- the filings of a busy region wait for each other's commits (the commonest wait under load).
ALTER TABLE ratings_cell ADD COLUMN stripe SMALLINT DEFAULT 0 NOT NULL;
ALTER TABLE ratings_cell DROP CONSTRAINT ratings_cell_pkey;
ALTER TABLE ratings_cell ADD PRIMARY KEY (unit_level, period_month, unit_code, stripe);

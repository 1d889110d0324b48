-- A person with more than one membership can have several summary rows for one target; only
-- their rows need the DISTINCT that counts a person once for an area or the municipality. The
-- flag lets those totals add up everyone else's rows directly (a fifth of the time at Copenhagen
-- scale). The start-up rebuilds the summary after this migration, which sets the flag.
ALTER TABLE coverage_status ADD COLUMN shared SMALLINT DEFAULT 0 NOT NULL;
ALTER TABLE coverage_status ADD CONSTRAINT coverage_status_shared_ck CHECK (shared IN (0, 1));
CREATE INDEX coverage_status_shared_ix ON coverage_status (shared, target_id);

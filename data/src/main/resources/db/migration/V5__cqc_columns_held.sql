-- Which optional columns a CQC snapshot held. The CQC directory and search export have no beds and no ratings; the
-- HSCA Active Locations spreadsheet has both. Figures counted from a column the newest file lacks then say "not in
-- this file" instead of 0 beds and every location "Not rated". Register snapshots hold neither.
ALTER TABLE snapshot ADD COLUMN holds_beds BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE snapshot ADD COLUMN holds_ratings BOOLEAN NOT NULL DEFAULT FALSE;

-- Snapshots imported before were only ever full when they came from the HSCA spreadsheet or the demo data set.
UPDATE snapshot SET holds_beds = TRUE, holds_ratings = TRUE
WHERE kind = 'CQC_ACTIVE_LOCATIONS' OR (demo = TRUE AND kind <> 'REGISTER');

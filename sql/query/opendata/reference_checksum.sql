-- A fingerprint of the reference data the warehouse holds (every ref_* table, every row, in a fixed order), so a
-- Parquet export says which reference data its figures rest on. :tables is the list of ref_* tables.
SELECT md5(string_agg(fingerprint, '|' ORDER BY name))
FROM (:tables) AS t(name, fingerprint)

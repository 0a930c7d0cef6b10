-- Reference versions: population figures are kept per version of the reference data, so a newer SSB table can be
-- imported (./tm reference import, /admin) without losing the figures every earlier number was computed from.
-- Version 1 is the 2020 reference data of sample-data/reference; imported versions follow. The views read the
-- current version (ref_current_version: the highest version_id).

CREATE TABLE ref_version (
    version_id    INTEGER PRIMARY KEY,
    title_nb      VARCHAR NOT NULL,
    title_en      VARCHAR NOT NULL,
    figures_date  DATE NOT NULL,      -- the date the population figures describe (1 January of the table's year)
    ssb_tables    VARCHAR NOT NULL,   -- the SSB StatBank tables / KLASS classifications behind the version
    licence       VARCHAR NOT NULL,
    source_file   VARCHAR NOT NULL,   -- the file the version was loaded from
    loaded_at     TIMESTAMP NOT NULL
);
COMMENT ON TABLE ref_version IS 'One row per version of the reference data (1 = sample-data/reference, 2020; later ones imported from SSB JSON-stat).';

CREATE TABLE ref_population_version (
    version_id    INTEGER NOT NULL REFERENCES ref_version (version_id),
    kommunenummer VARCHAR NOT NULL REFERENCES ref_municipality (kommunenummer),
    population    INTEGER,            -- persons on figures_date; NULL = unknown in this version (never 0 for unknown)
    basis         VARCHAR NOT NULL,   -- how the figure reached the 2020 municipality (same code, new number, parts summed, ...)
    PRIMARY KEY (version_id, kommunenummer)
);
COMMENT ON TABLE ref_population_version IS 'Population per 2020 municipality and reference version (persons). Source: SSB table 07459.';

ALTER TABLE programme_context RENAME COLUMN covered_population_2020 TO covered_population;

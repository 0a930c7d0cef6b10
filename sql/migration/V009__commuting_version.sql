-- Commuting kept per reference version, as the population is (V008): a newer SSB table 03321 (employed persons by
-- municipality of residence and of work) or 11618 (employed persons by residence and by workplace) imported with
-- ./tm reference import or on /admin becomes a new version. Every version holds all the reference figures: an import
-- of one table copies the others from the version before, so the current version (ref_current_version) is complete.
-- Version 1 is the 2020 data of sample-data/reference (pendling_2020.csv, pendling_2020_per_kommune.csv).

CREATE TABLE ref_version_commuting (
    version_id       INTEGER PRIMARY KEY REFERENCES ref_version (version_id),
    commuting_year   INTEGER NOT NULL,   -- the year of the 03321 flows (4th quarter)
    employment_year  INTEGER NOT NULL    -- the year of the 11618 figures (4th quarter)
);
COMMENT ON TABLE ref_version_commuting IS 'Per reference version: the years of its commuting flows (SSB 03321) and employment figures (SSB 11618), 4th quarter.';

CREATE TABLE ref_commuting_flow_version (
    version_id         INTEGER NOT NULL REFERENCES ref_version (version_id),
    home_kommunenummer VARCHAR NOT NULL REFERENCES ref_municipality (kommunenummer),
    work_kommunenummer VARCHAR NOT NULL REFERENCES ref_municipality (kommunenummer),
    employed           INTEGER,          -- persons 15-74; NULL = unknown in this version (a pair the reform table cannot split)
    PRIMARY KEY (version_id, home_kommunenummer, work_kommunenummer)
);
COMMENT ON TABLE ref_commuting_flow_version IS 'Employed persons 15-74 by 2020 municipality of residence and of work, per reference version, 4th quarter of ref_version_commuting.commuting_year (SSB table 03321); pairs with 0 persons are left out, NULL = unknown.';

CREATE TABLE ref_employment_version (
    version_id            INTEGER NOT NULL REFERENCES ref_version (version_id),
    kommunenummer         VARCHAR NOT NULL REFERENCES ref_municipality (kommunenummer),
    population_15_74      INTEGER,       -- persons 15-74 living in the municipality; NULL = unknown
    employed_residents    INTEGER,       -- employed persons 15-74 living in the municipality; NULL = unknown
    employed_at_workplace INTEGER,       -- employed persons 15-74 working in the municipality; NULL = unknown
    PRIMARY KEY (version_id, kommunenummer)
);
COMMENT ON TABLE ref_employment_version IS 'Population and employed persons 15-74 by residence and by workplace per 2020 municipality and reference version, 4th quarter of ref_version_commuting.employment_year (SSB table 11618).';

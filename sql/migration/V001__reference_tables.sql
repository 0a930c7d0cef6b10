-- Reference dimensions: open data from SSB, NIBR and Kartverket (sample-data/reference/PROVENANCE.md).
-- Municipality codes are the 356 codes valid on 1 January 2020; 2024 codes come through ref_municipality_2024.

CREATE TABLE ref_county_2020 (
    county_number VARCHAR PRIMARY KEY,   -- 2-digit code of the 11 counties of 2020
    name          VARCHAR NOT NULL
);
COMMENT ON TABLE ref_county_2020 IS 'One row per county of 2020 (11). Source: SSB KLASS 104 via kommuner_2020.csv.';

CREATE TABLE ref_county_2024 (
    county_number      VARCHAR PRIMARY KEY,  -- 2-digit code of the 15 counties of 2024
    name               VARCHAR NOT NULL,
    municipality_count INTEGER NOT NULL
);
COMMENT ON TABLE ref_county_2024 IS 'One row per county of 2024 (15). Source: Kartverket via fylker_2024.csv.';

CREATE TABLE ref_municipality (
    kommunenummer      VARCHAR PRIMARY KEY,  -- 4-digit 2020 code
    name               VARCHAR NOT NULL,     -- official KLASS 131 name
    county_number_2020 VARCHAR NOT NULL REFERENCES ref_county_2020 (county_number)
);
COMMENT ON TABLE ref_municipality IS 'One row per municipality of 1 Jan 2020 (356). Source: SSB KLASS 131 via kommuner_2020.csv.';

CREATE TABLE ref_municipality_2024 (
    kommunenummer_2020 VARCHAR NOT NULL REFERENCES ref_municipality (kommunenummer),
    kommunenummer_2024 VARCHAR NOT NULL,
    name_2024          VARCHAR NOT NULL,
    county_number_2024 VARCHAR NOT NULL REFERENCES ref_county_2024 (county_number),
    change             VARCHAR NOT NULL,     -- uendret | nytt_nummer | delt
    PRIMARY KEY (kommunenummer_2020, kommunenummer_2024)
);
COMMENT ON TABLE ref_municipality_2024 IS 'Mapping 2020 -> 2024 municipality (357 rows: 1507 Ålesund was split into 1508 Ålesund and 1580 Haram). Source: SSB grouping via kommuner_2020_til_2024.csv.';

CREATE TABLE ref_ba_region (
    ba_nr VARCHAR PRIMARY KEY,   -- 3-digit number 001-159
    name  VARCHAR NOT NULL
);
COMMENT ON TABLE ref_ba_region IS 'One row per labour-market region (BA-region, NIBR 2019/2020, 159). Source: ba_regioner_2020.csv.';

CREATE TABLE ref_municipality_ba (
    kommunenummer      VARCHAR PRIMARY KEY REFERENCES ref_municipality (kommunenummer),
    name_in_source     VARCHAR NOT NULL,
    ba_nr              VARCHAR NOT NULL REFERENCES ref_ba_region (ba_nr),
    travel_time_min    DOUBLE,   -- travel time to the regional centre, minutes
    out_commuting_pct  DOUBLE,   -- as in the source; for centre municipalities equal to in_commuting_pct (meaning undocumented)
    in_commuting_pct   DOUBLE,
    inclusion_basis    VARCHAR NOT NULL
);
COMMENT ON TABLE ref_municipality_ba IS 'BA-region of each 2020 municipality with travel time and commuting shares. Source: ba_regioner_2020.csv (TØI/NIBR for KMD).';

CREATE TABLE ref_population (
    kommunenummer VARCHAR NOT NULL REFERENCES ref_municipality (kommunenummer),
    year          INTEGER NOT NULL,  -- population on 1 January of this year
    population    INTEGER NOT NULL,
    PRIMARY KEY (kommunenummer, year)
);
COMMENT ON TABLE ref_population IS 'Population on 1 January per municipality and year (persons). Source: SSB table 07459 via befolkning_2020.csv.';

CREATE TABLE ref_centrality (
    kommunenummer    VARCHAR PRIMARY KEY REFERENCES ref_municipality (kommunenummer),
    centrality_class INTEGER NOT NULL CHECK (centrality_class BETWEEN 1 AND 6),
    version          VARCHAR NOT NULL,  -- e.g. 'SSB 2024 (KLASS 128) mapped to 2020 codes'
    basis            VARCHAR NOT NULL   -- how the class was assigned to the 2020 code
);
COMMENT ON TABLE ref_centrality IS 'SSB centrality class (1 most central .. 6 least) per 2020 municipality, with the classification version. The 2020 version was not available: 2024 classes mapped onto 2020 codes.';

CREATE TABLE ref_commuting_flow (
    home_kommunenummer VARCHAR NOT NULL REFERENCES ref_municipality (kommunenummer),
    work_kommunenummer VARCHAR NOT NULL REFERENCES ref_municipality (kommunenummer),
    employed           INTEGER NOT NULL,
    PRIMARY KEY (home_kommunenummer, work_kommunenummer)
);
COMMENT ON TABLE ref_commuting_flow IS 'Employed persons 15-74 by municipality of residence and of work, Q4 2020 (SSB table 03321); non-zero pairs only.';

CREATE TABLE ref_commuting_municipality (
    kommunenummer               VARCHAR PRIMARY KEY REFERENCES ref_municipality (kommunenummer),
    population_15_74            INTEGER NOT NULL,
    employed_residents          INTEGER NOT NULL,
    work_in_home_municipality   INTEGER NOT NULL,
    out_commuters_within_ba     INTEGER NOT NULL,
    out_commuters_outside_ba    INTEGER NOT NULL,
    out_commuters_other         INTEGER NOT NULL,  -- workplace not one of the 356 municipalities
    employed_at_workplace       INTEGER NOT NULL,
    in_commuters_from_ba        INTEGER NOT NULL,
    in_commuters_outside_ba     INTEGER NOT NULL
);
COMMENT ON TABLE ref_commuting_municipality IS 'Per-municipality commuting split, Q4 2020 (SSB tables 03321 and 11618), persons 15-74.';

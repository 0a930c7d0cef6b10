-- Programme dimension: every programme the source documents describe.

CREATE TABLE programme (
    programme_id       VARCHAR PRIMARY KEY,
    name               VARCHAR NOT NULL,
    type               VARCHAR NOT NULL CHECK (type IN ('trainee_programme', 'competence_pilot', 'pre_study')),
    status             VARCHAR NOT NULL CHECK (status IN ('active', 'paused', 'proposed', 'closed', 'unknown')),
    county_number_2020 VARCHAR REFERENCES ref_county_2020 (county_number),
    county_number_2024 VARCHAR REFERENCES ref_county_2024 (county_number),
    host               VARCHAR,
    founded_year       INTEGER,
    length_months      INTEGER,
    placement_model    VARCHAR CHECK (placement_model IN ('one_host', 'rotation', 'mixed')),
    min_education      VARCHAR,
    source_file        VARCHAR NOT NULL,
    source_section     VARCHAR NOT NULL,
    source_quote       VARCHAR NOT NULL,
    note               VARCHAR
);
COMMENT ON TABLE programme IS 'One row per programme (trainee programme, competence pilot, pre-study). NULL = not stated in the sources.';

CREATE TABLE programme_municipality (
    programme_id   VARCHAR NOT NULL REFERENCES programme (programme_id),
    kommunenummer  VARCHAR NOT NULL REFERENCES ref_municipality (kommunenummer),
    basis          VARCHAR NOT NULL CHECK (basis IN ('stated', 'resolved_from_region', 'host_location')),
    source_file    VARCHAR NOT NULL,
    source_section VARCHAR NOT NULL,
    source_quote   VARCHAR NOT NULL,
    note           VARCHAR,
    PRIMARY KEY (programme_id, kommunenummer, source_file, source_section)
);
COMMENT ON TABLE programme_municipality IS 'Evidence that a programme covers a municipality (2020 code): one row per source that says so, with how it is known. public_programme_municipality keeps one row per programme and municipality.';

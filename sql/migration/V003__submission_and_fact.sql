-- Facts, long and honest: one row per observed number, with its source. Submissions record every load.

CREATE TABLE submission (
    submission_id  INTEGER PRIMARY KEY,
    kind           VARCHAR NOT NULL,        -- 'sample_data' (first start / load) or 'programme_upload' (later)
    submitted_by   VARCHAR NOT NULL,
    submitted_at   TIMESTAMP NOT NULL,
    description    VARCHAR NOT NULL,
    content_sha256 VARCHAR NOT NULL,
    row_count      INTEGER NOT NULL
);
COMMENT ON TABLE submission IS 'Who loaded what, when. Every fact points to the submission it came from.';

CREATE TABLE fact_observation (
    fact_id        VARCHAR PRIMARY KEY,
    programme_id   VARCHAR REFERENCES programme (programme_id),
    region_type    VARCHAR CHECK (region_type IN ('county_2020', 'county_2024', 'municipality', 'ba_region', 'national')),
    region_code    VARCHAR,
    metric         VARCHAR NOT NULL,
    category       VARCHAR,
    period_start   INTEGER,
    period_end     INTEGER,
    value          DOUBLE NOT NULL,
    unit           VARCHAR NOT NULL,
    scope          VARCHAR,
    horizon        VARCHAR,
    qualifier      VARCHAR NOT NULL CHECK (qualifier IN ('reported', 'approximate', 'estimate', 'range_low', 'range_high', 'budget', 'minimum', 'maximum')),
    source_file    VARCHAR NOT NULL,
    source_section VARCHAR NOT NULL,
    source_quote   VARCHAR NOT NULL,
    conflict_note  VARCHAR,
    note           VARCHAR,
    submission_id  INTEGER NOT NULL REFERENCES submission (submission_id),
    CHECK (programme_id IS NOT NULL OR (region_type IS NOT NULL AND region_code IS NOT NULL))
);
COMMENT ON TABLE fact_observation IS 'One observed number about a programme or a region: metric, period, value, unit, scope, horizon, qualifier and source. Unknown = no row.';

CREATE TABLE survey_observation (
    fact_id          VARCHAR PRIMARY KEY,
    survey           VARCHAR NOT NULL,   -- trainee_survey_2021 | firm_survey_2021
    table_ref        VARCHAR NOT NULL,
    question         VARCHAR NOT NULL,
    answer_category  VARCHAR NOT NULL,
    respondent_group VARCHAR NOT NULL,
    value            DOUBLE NOT NULL,
    unit             VARCHAR NOT NULL,   -- percent | count
    n                INTEGER,            -- respondents behind the column, when stated
    source_file      VARCHAR NOT NULL,
    source_section   VARCHAR NOT NULL,
    source_quote     VARCHAR NOT NULL,
    note             VARCHAR,
    submission_id    INTEGER NOT NULL REFERENCES submission (submission_id)
);
COMMENT ON TABLE survey_observation IS 'One cell of a survey table in the 2021 report (002): question x answer x respondent group.';

CREATE TABLE source_document (
    source_file VARCHAR PRIMARY KEY,
    title       VARCHAR NOT NULL,
    publisher   VARCHAR,
    year        INTEGER
);
COMMENT ON TABLE source_document IS 'The documents facts cite (../shared/seeds). source_file is the seed file name.';

CREATE TABLE warehouse_build (
    data_version VARCHAR NOT NULL,   -- SHA-256 over sample-data and sql/migration, first 12 hex digits
    built_at     TIMESTAMP NOT NULL
);
COMMENT ON TABLE warehouse_build IS 'One row: which sample data and schema this file was built from.';

-- What kind of figure a fact is, so that only like is compared with like (docs/how-we-compare.md):
--   period_kind          year | multi_year | point | open_ended
--   figure_kind          outcome | target | plan | model
--   statement_programmes the programmes one statement is about, when it is about several (ids, space-separated);
--                        such a fact has no programme_id: it is one figure for the group, not one per programme.
-- DuckDB cannot drop or add a CHECK constraint in place, so the table is rebuilt with its rows.
CREATE TABLE fact_observation_v5 (
    fact_id              VARCHAR PRIMARY KEY,
    programme_id         VARCHAR REFERENCES programme (programme_id),
    region_type          VARCHAR CHECK (region_type IN ('county_2020', 'county_2024', 'municipality', 'ba_region', 'national')),
    region_code          VARCHAR,
    metric               VARCHAR NOT NULL,
    category             VARCHAR,
    period_start         INTEGER,
    period_end           INTEGER,
    value                DOUBLE NOT NULL,
    unit                 VARCHAR NOT NULL,
    scope                VARCHAR,
    horizon              VARCHAR,
    qualifier            VARCHAR NOT NULL CHECK (qualifier IN ('reported', 'approximate', 'estimate', 'range_low', 'range_high', 'budget', 'minimum', 'maximum')),
    source_file          VARCHAR NOT NULL,
    source_section       VARCHAR NOT NULL,
    source_quote         VARCHAR NOT NULL,
    conflict_note        VARCHAR,
    note                 VARCHAR,
    submission_id        INTEGER NOT NULL REFERENCES submission (submission_id),
    period_kind          VARCHAR NOT NULL CHECK (period_kind IN ('year', 'multi_year', 'point', 'open_ended')),
    figure_kind          VARCHAR NOT NULL CHECK (figure_kind IN ('outcome', 'target', 'plan', 'model')),
    statement_programmes VARCHAR,
    CHECK (programme_id IS NOT NULL OR statement_programmes IS NOT NULL
           OR (region_type IS NOT NULL AND region_code IS NOT NULL)),
    CHECK (statement_programmes IS NULL OR programme_id IS NULL),
    CHECK (qualifier <> 'budget' OR figure_kind <> 'outcome')
);

INSERT INTO fact_observation_v5
SELECT *, CASE WHEN period_start IS NOT NULL AND period_end IS NOT NULL AND period_start < period_end THEN 'multi_year'
               WHEN period_start IS NOT NULL AND period_end IS NULL THEN 'open_ended'
               ELSE 'year' END,
          CASE WHEN qualifier = 'budget' THEN 'plan' ELSE 'outcome' END, NULL
FROM fact_observation;

DROP TABLE fact_observation;
ALTER TABLE fact_observation_v5 RENAME TO fact_observation;
COMMENT ON TABLE fact_observation IS 'One observed number about a programme, a group of programmes (one statement about several) or a region: metric, period and its kind, value, unit, scope, horizon, qualifier, figure kind and source. Unknown = no row.';
